/**
 * Demo administrative procedures (thủ tục hành chính) of a provincial
 * Department of Foreign Affairs (Sở Ngoại vụ).
 *
 * Procedure names, steps and dossiers follow the way provinces publish these
 * procedures; codes are plausible but illustrative, not looked up on the
 * national portal. Every `legalBasis` entry is a number from legalDocuments.ts.
 * The procedure for officials travelling abroad deliberately still cites the
 * expired Nghị định 136/2007/NĐ-CP, to demonstrate the legal-basis warning.
 */
import type { SeedProcedure } from '../types'

export const procedures: SeedProcedure[] = [
  {
    code: '2.001712',
    name: 'Cho chủ trương tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    field: 'Hội nghị, hội thảo quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan, tổ chức Việt Nam và cơ quan, tổ chức nước ngoài tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh',
    processingTime: '10 ngày làm việc (không kể thời gian lấy ý kiến cơ quan liên quan)',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Đơn vị tổ chức nộp hồ sơ xin chủ trương chậm nhất 20 ngày trước ngày dự kiến tổ chức, trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Sở Ngoại vụ kiểm tra tính đầy đủ, hợp lệ của hồ sơ; trường hợp hồ sơ chưa đầy đủ, hướng dẫn đơn vị tổ chức bổ sung một lần bằng văn bản.',
      'Bước 3: Sở Ngoại vụ lấy ý kiến Công an tỉnh và các cơ quan, địa phương liên quan (nếu cần); cơ quan được lấy ý kiến trả lời bằng văn bản trong thời hạn không quá 15 ngày.',
      'Bước 4: Sở Ngoại vụ tổng hợp ý kiến, trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định cho chủ trương.',
      'Bước 5: Sở Ngoại vụ thông báo kết quả bằng văn bản cho đơn vị tổ chức, đồng gửi các cơ quan, địa phương liên quan.',
    ],
    dossier: [
      'Văn bản đề nghị cho chủ trương tổ chức hội nghị, hội thảo quốc tế (theo mẫu), nêu rõ danh nghĩa, mục đích, thời gian, địa điểm và hình thức tổ chức',
      'Đề án hoặc kế hoạch tổ chức, kèm chương trình làm việc và các hoạt động bên lề (nếu có)',
      'Danh sách dự kiến thành phần tham dự, ghi rõ số lượng và quốc tịch đại biểu nước ngoài',
      'Văn bản ý kiến của cơ quan quản lý ngành, lĩnh vực liên quan (nếu có)',
      'Bản sao văn bản cam kết tài trợ hoặc xác nhận nguồn kinh phí (đối với hội nghị, hội thảo có tài trợ của nước ngoài)',
    ],
    requirements:
      'Nội dung hội nghị, hội thảo không thuộc các trường hợp phải trình Thủ tướng Chính phủ cho phép; hồ sơ được gửi chậm nhất 20 ngày trước ngày dự kiến tổ chức; đơn vị tổ chức chịu trách nhiệm về nội dung, tài liệu và bảo đảm an ninh, trật tự trong quá trình tổ chức.',
    result:
      'Văn bản cho chủ trương tổ chức hội nghị, hội thảo quốc tế của Chủ tịch Ủy ban nhân dân tỉnh (hoặc văn bản trả lời không đồng ý, nêu rõ lý do).',
    legalBasis: ['06/2020/QĐ-TTg', '15/2020/QĐ-UBND'],
  },
  {
    code: '2.001713',
    name: 'Xin chủ trương tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    field: 'Hội nghị, hội thảo quốc tế',
    level: 'tinh',
    agency: 'Ủy ban nhân dân tỉnh',
    subjects:
      'Cơ quan, tổ chức trên địa bàn tỉnh đề nghị tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    processingTime:
      '07 ngày làm việc tại Sở Ngoại vụ (không kể thời gian lấy ý kiến các bộ, ngành và thời gian Thủ tướng Chính phủ xem xét)',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Đơn vị tổ chức nộp hồ sơ xin chủ trương chậm nhất 30 ngày trước ngày dự kiến tổ chức tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
      'Bước 2: Sở Ngoại vụ thẩm định hồ sơ, tham mưu Ủy ban nhân dân tỉnh gửi văn bản lấy ý kiến Bộ Ngoại giao, Bộ Công an và các cơ quan liên quan.',
      'Bước 3: Trên cơ sở ý kiến của các cơ quan, Ủy ban nhân dân tỉnh có văn bản trình Thủ tướng Chính phủ xem xét, quyết định.',
      'Bước 4: Sau khi có ý kiến của Thủ tướng Chính phủ, Ủy ban nhân dân tỉnh thông báo bằng văn bản cho đơn vị tổ chức, đồng gửi Bộ Ngoại giao, Bộ Công an và các cơ quan liên quan.',
    ],
    dossier: [
      'Văn bản đề nghị xin chủ trương tổ chức hội nghị, hội thảo quốc tế (theo mẫu)',
      'Đề án tổ chức hội nghị, hội thảo, nêu rõ lý do, mục đích và thành phần cấp cao hoặc nội dung thuộc diện phải xin phép Thủ tướng Chính phủ',
      'Chương trình làm việc, danh sách dự kiến đại biểu Việt Nam và nước ngoài',
      'Dự kiến nguồn kinh phí tổ chức; bản sao văn bản cam kết tài trợ (nếu có)',
    ],
    requirements:
      'Áp dụng đối với hội nghị, hội thảo quốc tế có thành phần cấp cao hoặc có nội dung liên quan đến chính trị, an ninh, quốc phòng, dân tộc, tôn giáo, nhân quyền, biên giới lãnh thổ, biển đảo hoặc bí mật nhà nước; hồ sơ được gửi chậm nhất 30 ngày trước ngày dự kiến tổ chức.',
    result:
      'Văn bản của Ủy ban nhân dân tỉnh thông báo ý kiến của Thủ tướng Chính phủ về chủ trương tổ chức hội nghị, hội thảo quốc tế.',
    legalBasis: ['06/2020/QĐ-TTg', '15/2020/QĐ-UBND'],
  },
  {
    code: '2.001714',
    name: 'Báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế',
    field: 'Hội nghị, hội thảo quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan, tổ chức đã được cho chủ trương tổ chức hội nghị, hội thảo quốc tế trên địa bàn tỉnh',
    processingTime:
      'Không quy định thời hạn giải quyết; báo cáo được gửi trong thời hạn 15 ngày kể từ ngày kết thúc hội nghị, hội thảo',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Trong thời hạn 15 ngày kể từ ngày kết thúc hội nghị, hội thảo, đơn vị tổ chức gửi báo cáo kết quả trên Cổng Dịch vụ công quốc gia hoặc qua dịch vụ bưu chính.',
      'Bước 2: Sở Ngoại vụ tiếp nhận, kiểm tra nội dung báo cáo; đề nghị đơn vị tổ chức bổ sung thông tin nếu báo cáo chưa đầy đủ.',
      'Bước 3: Sở Ngoại vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và cung cấp thông tin cho Công an tỉnh, các cơ quan liên quan theo quy định.',
    ],
    dossier: [
      'Báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế (theo mẫu)',
      'Danh sách đại biểu thực tế tham dự, trong đó có đại biểu nước ngoài',
      'Bản sao văn bản cho chủ trương tổ chức hội nghị, hội thảo của cấp có thẩm quyền',
      'Tài liệu, kết luận, khuyến nghị của hội nghị, hội thảo (nếu có)',
    ],
    requirements:
      'Báo cáo được gửi đúng thời hạn, nêu rõ kết quả đạt được, các vấn đề phát sinh (nếu có) và kiến nghị.',
    result:
      'Báo cáo được tiếp nhận và cập nhật vào cơ sở dữ liệu quản lý hội nghị, hội thảo quốc tế của tỉnh.',
    legalBasis: ['06/2020/QĐ-TTg'],
  },
  {
    code: '1.009231',
    name: 'Cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Doanh nghiệp có trụ sở chính trên địa bàn tỉnh và doanh nhân đang làm việc tại doanh nghiệp',
    processingTime: '10 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Doanh nghiệp nộp hồ sơ đề nghị trực tuyến trên Cổng Dịch vụ công quốc gia hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Sở Ngoại vụ kiểm tra hồ sơ; phối hợp với cơ quan thuế, cơ quan bảo hiểm xã hội và Công an tỉnh xác minh việc chấp hành pháp luật của doanh nghiệp, doanh nhân.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, ký văn bản cho phép sử dụng thẻ ABTC.',
      'Bước 4: Trả kết quả cho doanh nghiệp; doanh nhân sử dụng văn bản cho phép để đề nghị Cục Quản lý xuất nhập cảnh, Bộ Công an cấp thẻ.',
    ],
    dossier: [
      'Văn bản đề nghị cho phép doanh nhân sử dụng thẻ ABTC của doanh nghiệp (theo mẫu)',
      'Bản sao hợp đồng, văn bản thỏa thuận hoặc chứng từ giao dịch với đối tác tại các nền kinh tế thành viên tham gia Chương trình thẻ ABTC',
      'Bản sao quyết định bổ nhiệm hoặc hợp đồng lao động của doanh nhân được đề nghị',
      'Văn bản xác nhận việc thực hiện nghĩa vụ thuế, bảo hiểm xã hội của doanh nghiệp (trường hợp không khai thác được trên hệ thống dữ liệu dùng chung)',
      'Bản chụp hộ chiếu còn giá trị của doanh nhân',
    ],
    requirements:
      'Doanh nghiệp được thành lập và hoạt động hợp pháp, có quan hệ hợp tác kinh doanh với đối tác tại các nền kinh tế thành viên tham gia Chương trình thẻ ABTC; doanh nhân giữ chức danh thuộc diện được xét cho phép theo quy định và có hộ chiếu còn giá trị.',
    result:
      'Văn bản cho phép sử dụng thẻ đi lại của doanh nhân APEC của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['09/2023/QĐ-TTg', '49/2019/QH14', '15/2020/QĐ-UBND'],
  },
  {
    code: '1.003862',
    name: 'Tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cán bộ, công chức, viên chức và người thuộc diện được cấp hộ chiếu ngoại giao, hộ chiếu công vụ được cơ quan, người có thẩm quyền của tỉnh cử hoặc cho phép đi nước ngoài',
    processingTime:
      '05 ngày làm việc kể từ ngày Cục Lãnh sự nhận đủ hồ sơ hợp lệ (không kể thời gian chuyển hồ sơ)',
    fee: 'Cấp mới: 200.000 đồng/hộ chiếu; cấp lại do bị hỏng, bị mất: 400.000 đồng/hộ chiếu; gia hạn: theo mức thu hiện hành của Bộ Tài chính',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Người đề nghị hoặc cơ quan cử đi công tác nộp hồ sơ tại Sở Ngoại vụ (qua Trung tâm Phục vụ hành chính công tỉnh) hoặc khai tờ khai trực tuyến.',
      'Bước 2: Sở Ngoại vụ kiểm tra tính hợp lệ của văn bản cử đi nước ngoài, đối tượng được cấp hộ chiếu và các thành phần hồ sơ; hướng dẫn bổ sung nếu còn thiếu.',
      'Bước 3: Sở Ngoại vụ chuyển hồ sơ hợp lệ đến Cục Lãnh sự, Bộ Ngoại giao để xem xét cấp hoặc gia hạn hộ chiếu.',
      'Bước 4: Sở Ngoại vụ nhận hộ chiếu từ Cục Lãnh sự và trả cho người đề nghị trực tiếp hoặc qua dịch vụ bưu chính.',
    ],
    dossier: [
      'Tờ khai đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ (theo mẫu), có xác nhận của cơ quan quản lý',
      '02 ảnh chân dung cỡ 4 cm x 6 cm, mặt nhìn thẳng, nền màu trắng',
      'Bản chính hoặc bản điện tử quyết định cử hoặc văn bản cho phép đi nước ngoài của cơ quan, người có thẩm quyền (theo mẫu)',
      'Hộ chiếu ngoại giao, hộ chiếu công vụ đã được cấp (đối với trường hợp gia hạn hoặc đề nghị cấp mới khi hộ chiếu cũ còn giá trị)',
      'Văn bản thông báo mất hộ chiếu (theo mẫu), trong trường hợp hộ chiếu bị mất',
    ],
    requirements:
      'Người đề nghị thuộc diện được cấp hộ chiếu ngoại giao, hộ chiếu công vụ theo Luật Xuất cảnh, nhập cảnh của công dân Việt Nam; văn bản cử đi nước ngoài do người có thẩm quyền hoặc người được ủy quyền ký, đóng dấu, có mẫu con dấu, chữ ký đã được giới thiệu với Bộ Ngoại giao.',
    result: 'Hộ chiếu ngoại giao hoặc hộ chiếu công vụ được cấp mới hoặc được gia hạn.',
    legalBasis: ['49/2019/QH14', '04/2020/TT-BNG', '25/2021/TT-BTC', '15/2020/QĐ-UBND'],
  },
  {
    code: '1.004417',
    name: 'Tiếp nhận hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự',
    field: 'Lãnh sự',
    level: 'bo',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cá nhân, tổ chức có giấy tờ, tài liệu cần chứng nhận lãnh sự để sử dụng ở nước ngoài hoặc cần hợp pháp hóa lãnh sự để sử dụng tại Việt Nam',
    processingTime:
      '01 ngày làm việc kể từ ngày Cục Lãnh sự nhận đủ hồ sơ; hồ sơ có số lượng lớn không quá 05 ngày làm việc (không kể thời gian chuyển hồ sơ)',
    fee: '30.000 đồng/bản giấy tờ, tài liệu',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Người đề nghị nộp hồ sơ trực tiếp hoặc qua dịch vụ bưu chính tại Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ kiểm tra thành phần hồ sơ, đối chiếu bản chính và cấp giấy biên nhận.',
      'Bước 3: Sở Ngoại vụ chuyển hồ sơ đến Cục Lãnh sự, Bộ Ngoại giao để đối chiếu mẫu con dấu, chữ ký, chức danh và thực hiện chứng nhận hoặc hợp pháp hóa.',
      'Bước 4: Sở Ngoại vụ nhận lại giấy tờ đã được chứng nhận, hợp pháp hóa và trả cho người đề nghị.',
    ],
    dossier: [
      'Tờ khai chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự (theo mẫu)',
      'Bản chụp giấy tờ tùy thân của người đề nghị (thẻ căn cước hoặc hộ chiếu)',
      'Giấy tờ, tài liệu đề nghị được chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự',
      'Bản dịch giấy tờ sang tiếng Việt hoặc tiếng Anh (đối với hợp pháp hóa lãnh sự, nếu giấy tờ không được lập bằng các thứ tiếng này)',
      'Phong bì có ghi rõ địa chỉ người nhận (trường hợp nhận kết quả qua dịch vụ bưu chính)',
    ],
    requirements:
      'Giấy tờ được cơ quan, tổ chức có thẩm quyền cấp, có con dấu, chữ ký, chức danh đã được giới thiệu chính thức; giấy tờ không bị tẩy xóa, sửa chữa và không có nội dung xâm phạm lợi ích của Nhà nước Việt Nam.',
    result: 'Giấy tờ, tài liệu được chứng nhận lãnh sự hoặc hợp pháp hóa lãnh sự.',
    legalBasis: ['111/2011/NĐ-CP', '15/2020/QĐ-UBND'],
  },
  {
    code: '1.010548',
    name: 'Xin phép cho cán bộ, công chức, viên chức thuộc thẩm quyền quản lý của tỉnh xuất cảnh',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Ủy ban nhân dân tỉnh',
    subjects:
      'Cán bộ, công chức, viên chức thuộc diện Chủ tịch Ủy ban nhân dân tỉnh quản lý và cơ quan, đơn vị nơi người đó công tác',
    processingTime: '05 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan, đơn vị quản lý trực tiếp gửi văn bản đề nghị cho phép cán bộ, công chức, viên chức đi nước ngoài (việc công hoặc việc riêng) đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ thẩm định mục đích, nước đến, thời gian và nguồn kinh phí của chuyến đi; lấy ý kiến Sở Nội vụ, Công an tỉnh trong trường hợp cần thiết.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh ký quyết định cử hoặc văn bản cho phép đi nước ngoài.',
      'Bước 4: Sở Ngoại vụ gửi kết quả cho cơ quan, đơn vị đề nghị và hướng dẫn thủ tục cấp hộ chiếu, thị thực (nếu cần).',
    ],
    dossier: [
      'Văn bản đề nghị của cơ quan, đơn vị quản lý trực tiếp (theo mẫu)',
      'Đơn xin phép đi nước ngoài của cán bộ, công chức, viên chức (đối với trường hợp đi việc riêng)',
      'Bản sao thư mời hoặc văn bản của phía nước ngoài (đối với trường hợp đi công tác)',
      'Dự kiến chương trình, lịch trình chuyến đi và nguồn kinh phí',
    ],
    requirements:
      'Chuyến đi công tác phù hợp với chương trình đối ngoại đã được phê duyệt; người đi nước ngoài không thuộc trường hợp bị tạm hoãn xuất cảnh và đã bố trí người thực hiện nhiệm vụ trong thời gian vắng mặt.',
    result:
      'Quyết định cử hoặc văn bản cho phép cán bộ, công chức, viên chức đi nước ngoài của Chủ tịch Ủy ban nhân dân tỉnh.',
    // Deliberately stale: 136/2007/NĐ-CP expired on 2020-07-01 (legal-basis warning demo).
    legalBasis: ['49/2019/QH14', '136/2007/NĐ-CP', '15/2020/QĐ-UBND'],
  },
  {
    code: '2.002135',
    name: 'Cho ý kiến về việc cấp, gia hạn, sửa đổi, bổ sung Giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh',
    field: 'Tổ chức phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Tổ chức phi chính phủ nước ngoài có nhu cầu hoạt động trên địa bàn tỉnh; cơ quan thường trực của Ủy ban công tác về các tổ chức phi chính phủ nước ngoài',
    processingTime: '15 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Tổ chức phi chính phủ nước ngoài hoặc cơ quan thường trực của Ủy ban công tác về các tổ chức phi chính phủ nước ngoài gửi hồ sơ đề nghị cho ý kiến đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ kiểm tra hồ sơ; lấy ý kiến Công an tỉnh, các sở, ngành và Ủy ban nhân dân cấp xã nơi tổ chức dự kiến hoạt động.',
      'Bước 3: Sở Ngoại vụ tổng hợp ý kiến, trình Ủy ban nhân dân tỉnh ban hành văn bản cho ý kiến.',
      'Bước 4: Gửi văn bản cho ý kiến của Ủy ban nhân dân tỉnh đến cơ quan đề nghị và thông báo cho tổ chức.',
    ],
    dossier: [
      'Văn bản đề nghị cấp, gia hạn, sửa đổi, bổ sung Giấy đăng ký hoạt động (theo mẫu)',
      'Bản sao giấy tờ chứng nhận tư cách pháp nhân của tổ chức do cơ quan có thẩm quyền của nước ngoài cấp, đã được hợp pháp hóa lãnh sự',
      'Điều lệ hoặc tài liệu giới thiệu tôn chỉ, mục đích, lĩnh vực hoạt động của tổ chức',
      'Báo cáo kết quả hoạt động tại Việt Nam trong thời gian đã được cấp giấy (đối với trường hợp gia hạn)',
      'Dự kiến chương trình, dự án, khoản viện trợ triển khai trên địa bàn tỉnh',
    ],
    requirements:
      'Tổ chức được thành lập hợp pháp theo pháp luật nước ngoài, hoạt động không vì mục đích lợi nhuận; chương trình, dự án dự kiến phù hợp với nhu cầu phát triển của tỉnh và quy định của pháp luật Việt Nam.',
    result:
      'Văn bản cho ý kiến của Ủy ban nhân dân tỉnh gửi Ủy ban công tác về các tổ chức phi chính phủ nước ngoài.',
    legalBasis: ['12/2012/NĐ-CP', '15/2020/QĐ-UBND'],
  },
  {
    code: '2.002136',
    name: 'Tiếp nhận và xử lý đề nghị đăng ký kế hoạch hoạt động hằng năm của tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh',
    field: 'Tổ chức phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Tổ chức phi chính phủ nước ngoài đã được cấp Giấy đăng ký và có hoạt động trên địa bàn tỉnh',
    processingTime: '10 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Tổ chức phi chính phủ nước ngoài gửi kế hoạch hoạt động năm tiếp theo và báo cáo kết quả hoạt động năm trước trên địa bàn tỉnh qua Cổng Dịch vụ công quốc gia.',
      'Bước 2: Sở Ngoại vụ tiếp nhận, đối chiếu với nội dung Giấy đăng ký đã được cấp và các chương trình, dự án đã được phê duyệt.',
      'Bước 3: Sở Ngoại vụ trao đổi với các sở, ngành, địa phương liên quan về địa bàn, lĩnh vực dự kiến triển khai.',
      'Bước 4: Sở Ngoại vụ có văn bản xác nhận đăng ký hoặc đề nghị tổ chức điều chỉnh kế hoạch.',
    ],
    dossier: [
      'Văn bản đăng ký kế hoạch hoạt động hằng năm (theo mẫu)',
      'Kế hoạch hoạt động chi tiết, nêu rõ địa bàn, lĩnh vực, đối tác phía Việt Nam và dự kiến kinh phí',
      'Báo cáo kết quả hoạt động năm trước trên địa bàn tỉnh',
      'Bản sao Giấy đăng ký hoạt động, Giấy đăng ký lập Văn phòng dự án hoặc Giấy đăng ký lập Văn phòng đại diện còn hiệu lực',
    ],
    requirements:
      'Tổ chức có Giấy đăng ký còn hiệu lực; hoạt động dự kiến đúng lĩnh vực, địa bàn ghi trong Giấy đăng ký.',
    result:
      'Văn bản xác nhận đăng ký kế hoạch hoạt động hoặc văn bản đề nghị điều chỉnh kế hoạch của Sở Ngoại vụ.',
    legalBasis: ['12/2012/NĐ-CP', '15/2020/QĐ-UBND'],
  },
  {
    code: '1.008905',
    name: 'Ký kết thỏa thuận quốc tế nhân danh cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh; Ủy ban nhân dân cấp xã ở khu vực biên giới; cơ quan cấp tỉnh của tổ chức',
    processingTime:
      '15 ngày làm việc (không kể thời gian lấy ý kiến cơ quan trung ương, nếu có)',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan đề xuất gửi hồ sơ lấy ý kiến về việc ký kết thỏa thuận quốc tế đến Sở Ngoại vụ và các cơ quan liên quan.',
      'Bước 2: Sở Ngoại vụ cho ý kiến về sự phù hợp với đường lối đối ngoại, tư cách của bên ký kết nước ngoài và hình thức văn bản; các cơ quan liên quan cho ý kiến theo lĩnh vực quản lý.',
      'Bước 3: Cơ quan đề xuất tiếp thu, giải trình ý kiến và trình Chủ tịch Ủy ban nhân dân tỉnh quyết định việc ký kết.',
      'Bước 4: Sau khi ký, cơ quan đề xuất gửi bản sao thỏa thuận quốc tế đến Sở Ngoại vụ để theo dõi, tổng hợp.',
    ],
    dossier: [
      'Tờ trình đề xuất ký kết thỏa thuận quốc tế, nêu rõ sự cần thiết, mục đích và nội dung chính',
      'Dự thảo thỏa thuận quốc tế bằng tiếng Việt và bằng tiếng nước ngoài',
      'Văn bản ý kiến của các cơ quan liên quan và báo cáo giải trình, tiếp thu',
      'Tài liệu giới thiệu về bên ký kết nước ngoài',
    ],
    requirements:
      'Thỏa thuận quốc tế phù hợp với chức năng, nhiệm vụ của cơ quan đề xuất; không trái với quy định của pháp luật Việt Nam và điều ước quốc tế mà Việt Nam là thành viên; không làm phát sinh nghĩa vụ tài chính ngoài dự toán được giao.',
    result:
      'Văn bản của Chủ tịch Ủy ban nhân dân tỉnh đồng ý hoặc không đồng ý việc ký kết thỏa thuận quốc tế.',
    legalBasis: ['70/2020/QH14', '64/2021/NĐ-CP', '15/2020/QĐ-UBND'],
  },
]
