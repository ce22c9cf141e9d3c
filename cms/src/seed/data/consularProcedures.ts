/** Demo procedures of the Sở Ngoại vụ: consular work (lãnh sự): diplomatic and official passports, exit permits for officials, legalisation, the APEC business travel card. procedures.ts says how they were chosen. */
import type { SeedProcedure } from '../types'
import { CONG_BO, nopTrucTuyen } from './nationalPortal'

export const consularProcedures: SeedProcedure[] = [
  {
    code: '1.003862',
    name: 'Tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cán bộ, công chức, viên chức và người thuộc diện được cấp hộ chiếu ngoại giao, hộ chiếu công vụ được cơ quan, người có thẩm quyền của tỉnh cử hoặc cho phép đi nước ngoài',
    processingTime:
      '06 ngày làm việc, gồm 01 ngày làm việc tại Sở Ngoại vụ và 05 ngày làm việc tại Cục Lãnh sự, Bộ Ngoại giao kể từ ngày nhận đủ hồ sơ hợp lệ (không kể thời gian chuyển hồ sơ qua dịch vụ bưu chính)',
    fee: 'Cấp mới: 200.000 đồng/hộ chiếu; cấp lại do bị hỏng, bị mất: 400.000 đồng/hộ chiếu; gia hạn: theo mức thu hiện hành của Bộ Tài chính',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Người đề nghị hoặc cơ quan cử đi công tác nộp hồ sơ tại Sở Ngoại vụ (qua Trung tâm Phục vụ hành chính công tỉnh) hoặc khai tờ khai trực tuyến.',
      'Bước 2: Sở Ngoại vụ kiểm tra tính hợp lệ của văn bản cử đi nước ngoài, đối tượng được cấp hộ chiếu và các thành phần hồ sơ; hướng dẫn bổ sung nếu còn thiếu.',
      'Bước 3: Trong 01 ngày làm việc, Sở Ngoại vụ chuyển hồ sơ hợp lệ đến Cục Lãnh sự, Bộ Ngoại giao để xem xét cấp hoặc gia hạn hộ chiếu.',
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
    legalBasis: ['49/2019/QH14', '23/2023/QH15', '04/2020/TT-BNG', '25/2021/TT-BTC'],
    qualityProcess: 'QT-NV-03',
    applyUrl: nopTrucTuyen('1.003862'),
    publishingDecision: CONG_BO,
    en: { name: 'Receipt of applications for the issuance or extension of diplomatic and official passports' },
  },
  {
    code: '1.003863',
    name: 'Tiếp nhận hồ sơ đề nghị cấp công hàm đề nghị phía nước ngoài cấp thị thực',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cán bộ, công chức, viên chức được cơ quan, người có thẩm quyền của tỉnh cử đi công tác nước ngoài, mang hộ chiếu ngoại giao hoặc hộ chiếu công vụ còn giá trị',
    processingTime:
      '04 ngày làm việc, gồm 01 ngày làm việc tại Sở Ngoại vụ và 03 ngày làm việc tại Cục Lãnh sự, Bộ Ngoại giao (không kể thời gian chuyển hồ sơ qua dịch vụ bưu chính)',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Cơ quan cử người đi công tác nộp hồ sơ tại Sở Ngoại vụ qua Trung tâm Phục vụ hành chính công tỉnh, hoặc khai tờ khai trực tuyến và nộp bản chính khi nhận kết quả.',
      'Bước 2: Sở Ngoại vụ kiểm tra văn bản cử đi công tác, thời hạn còn lại của hộ chiếu và yêu cầu về thị thực của nước đến.',
      'Bước 3: Sở Ngoại vụ chuyển hồ sơ đến Cục Lãnh sự, Bộ Ngoại giao để cấp công hàm gửi cơ quan đại diện nước ngoài liên quan.',
      'Bước 4: Sở Ngoại vụ nhận công hàm và trả kết quả cho cơ quan đề nghị.',
    ],
    dossier: [
      'Tờ khai đề nghị cấp công hàm xin thị thực (theo mẫu)',
      'Hộ chiếu ngoại giao hoặc hộ chiếu công vụ còn giá trị ít nhất 06 tháng kể từ ngày dự kiến xuất cảnh',
      'Bản chính quyết định cử hoặc văn bản cho phép đi nước ngoài của cơ quan, người có thẩm quyền',
      'Bản chụp thư mời hoặc văn bản của phía nước ngoài (nếu có)',
    ],
    requirements:
      'Nước đến có yêu cầu thị thực đối với người mang hộ chiếu ngoại giao, hộ chiếu công vụ Việt Nam; chuyến đi có văn bản cử đi công tác hợp lệ.',
    result: 'Công hàm của Bộ Ngoại giao đề nghị cơ quan đại diện nước ngoài cấp thị thực.',
    legalBasis: ['49/2019/QH14', '04/2020/TT-BNG'],
    applyUrl: nopTrucTuyen('1.003863'),
    publishingDecision: CONG_BO,
    en: { name: 'Receipt of applications for a diplomatic note requesting a foreign visa' },
  },
  {
    code: '1.003864',
    name: 'Tiếp nhận thông báo mất hộ chiếu ngoại giao, hộ chiếu công vụ và đề nghị hủy giá trị sử dụng',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Người được cấp hộ chiếu ngoại giao, hộ chiếu công vụ theo đề nghị của cơ quan thuộc tỉnh và cơ quan quản lý người đó',
    processingTime: '01 ngày làm việc kể từ ngày nhận được thông báo',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Người bị mất hộ chiếu hoặc cơ quan quản lý gửi văn bản thông báo mất hộ chiếu đến Sở Ngoại vụ ngay sau khi phát hiện hộ chiếu bị mất.',
      'Bước 2: Sở Ngoại vụ kiểm tra thông tin, chuyển thông báo đến Cục Lãnh sự, Bộ Ngoại giao để hủy giá trị sử dụng của hộ chiếu.',
      'Bước 3: Sở Ngoại vụ thông báo cho người đề nghị kết quả hủy giá trị sử dụng và hướng dẫn thủ tục cấp lại hộ chiếu (nếu có nhu cầu).',
    ],
    dossier: [
      'Văn bản thông báo mất hộ chiếu ngoại giao, hộ chiếu công vụ (theo mẫu)',
      'Văn bản xác nhận của cơ quan quản lý người bị mất hộ chiếu',
      'Bản chụp giấy tờ tùy thân của người bị mất hộ chiếu',
    ],
    requirements:
      'Thông báo được gửi kịp thời sau khi phát hiện hộ chiếu bị mất; trường hợp gửi chậm, văn bản thông báo phải nêu rõ lý do.',
    result: 'Hộ chiếu bị mất được hủy giá trị sử dụng; người đề nghị được thông báo kết quả.',
    legalBasis: ['49/2019/QH14', '04/2020/TT-BNG'],
    applyUrl: nopTrucTuyen('1.003864'),
    publishingDecision: CONG_BO,
  },
  {
    code: '1.003865',
    name: 'Tiếp nhận văn bản giới thiệu mẫu con dấu, mẫu chữ ký của cơ quan, người có thẩm quyền cử hoặc cho phép cán bộ, công chức, viên chức đi nước ngoài',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan, tổ chức thuộc tỉnh có thẩm quyền cử hoặc cho phép cán bộ, công chức, viên chức đi nước ngoài',
    processingTime: '02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan, tổ chức gửi văn bản giới thiệu mẫu con dấu, mẫu chữ ký đến Sở Ngoại vụ khi lần đầu có thẩm quyền cử người đi nước ngoài hoặc khi có thay đổi người ký, con dấu.',
      'Bước 2: Sở Ngoại vụ kiểm tra thẩm quyền, chức danh người ký và tính hợp lệ của văn bản.',
      'Bước 3: Sở Ngoại vụ cập nhật mẫu con dấu, mẫu chữ ký vào cơ sở dữ liệu và chuyển đến Cục Lãnh sự, Bộ Ngoại giao.',
    ],
    dossier: [
      'Văn bản giới thiệu mẫu con dấu, mẫu chữ ký (theo mẫu), có chữ ký mẫu của người có thẩm quyền hoặc người được ủy quyền',
      'Bản sao quyết định bổ nhiệm hoặc văn bản ủy quyền của người ký',
    ],
    requirements:
      'Người ký là người có thẩm quyền cử hoặc cho phép cán bộ, công chức, viên chức đi nước ngoài hoặc người được ủy quyền hợp lệ.',
    result: 'Mẫu con dấu, mẫu chữ ký được đăng ký để đối chiếu khi tiếp nhận hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ.',
    legalBasis: ['04/2020/TT-BNG'],
    publishingDecision: CONG_BO,
  },
  {
    code: '1.003866',
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
    legalBasis: ['111/2011/NĐ-CP', '01/2012/TT-BNG', '157/2016/TT-BTC'],
    applyUrl: nopTrucTuyen('1.003866'),
    publishingDecision: CONG_BO,
    en: { name: 'Receipt of applications for consular certification and consular legalisation' },
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
    legalBasis: ['49/2019/QH14', '136/2007/NĐ-CP', '67/2011/QĐ-TTg', '08/2022/QĐ-UBND'],
    qualityProcess: 'QT-NV-05',
    publishingDecision: CONG_BO,
    en: { name: 'Permission for provincial officials and public employees to travel abroad' },
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
    legalBasis: ['09/2023/QĐ-TTg', '49/2019/QH14'],
    qualityProcess: 'QT-NV-04',
    applyUrl: nopTrucTuyen('1.009231'),
    publishingDecision: CONG_BO,
    en: { name: 'Permission for business people to use the APEC Business Travel Card (ABTC)' },
  },
  {
    code: '1.009232',
    name: 'Cho phép doanh nhân tiếp tục sử dụng thẻ đi lại của doanh nhân APEC (ABTC) khi đề nghị cấp lại thẻ do hết hạn, bị mất hoặc bị hỏng',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Doanh nghiệp có trụ sở chính trên địa bàn tỉnh có doanh nhân đã được cho phép sử dụng thẻ ABTC, nay thẻ hết hạn, bị mất hoặc bị hỏng',
    processingTime: '10 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Doanh nghiệp nộp hồ sơ trực tuyến trên Cổng Dịch vụ công quốc gia, nêu rõ số thẻ ABTC đã được cấp và lý do đề nghị cấp lại.',
      'Bước 2: Sở Ngoại vụ đối chiếu với văn bản cho phép đã cấp; xác minh doanh nhân vẫn làm việc, giữ chức danh được cho phép và doanh nghiệp vẫn đáp ứng điều kiện.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh ký văn bản cho phép tiếp tục sử dụng thẻ ABTC.',
      'Bước 4: Trả kết quả trực tuyến cho doanh nghiệp để doanh nhân đề nghị Cục Quản lý xuất nhập cảnh, Bộ Công an cấp lại thẻ.',
    ],
    dossier: [
      'Văn bản đề nghị cho phép tiếp tục sử dụng thẻ ABTC (theo mẫu)',
      'Bản chụp thẻ ABTC đã được cấp; trường hợp thẻ bị mất, văn bản trình báo mất thẻ',
      'Bản sao hợp đồng hoặc chứng từ giao dịch còn hiệu lực với đối tác tại nền kinh tế thành viên',
      'Bản chụp hộ chiếu còn giá trị của doanh nhân',
    ],
    requirements:
      'Doanh nhân vẫn làm việc và giữ chức danh thuộc diện được xét cho phép tại doanh nghiệp; doanh nghiệp tiếp tục có hoạt động hợp tác kinh doanh với đối tác tại các nền kinh tế thành viên và chấp hành nghĩa vụ thuế, bảo hiểm xã hội.',
    result: 'Văn bản cho phép tiếp tục sử dụng thẻ đi lại của doanh nhân APEC của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['09/2023/QĐ-TTg', '49/2019/QH14'],
    qualityProcess: 'QT-NV-04',
    applyUrl: nopTrucTuyen('1.009232'),
    publishingDecision: CONG_BO,
    en: { name: 'Permission to continue using the APEC Business Travel Card (ABTC) when a card is reissued' },
  },
  {
    code: '1.009233',
    name: 'Tiếp nhận thông báo của doanh nghiệp về việc doanh nhân không còn đủ điều kiện sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    field: 'Lãnh sự',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Doanh nghiệp có doanh nhân đã được Chủ tịch Ủy ban nhân dân tỉnh cho phép sử dụng thẻ ABTC',
    processingTime: '03 ngày làm việc kể từ ngày nhận được thông báo',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Doanh nghiệp gửi thông báo trên Cổng Dịch vụ công quốc gia khi doanh nhân thôi việc, không còn giữ chức danh được cho phép hoặc vi phạm quy định về sử dụng thẻ.',
      'Bước 2: Sở Ngoại vụ kiểm tra thông tin, tham mưu Ủy ban nhân dân tỉnh có văn bản đề nghị Cục Quản lý xuất nhập cảnh, Bộ Công an hủy giá trị sử dụng thẻ ABTC.',
      'Bước 3: Sở Ngoại vụ cập nhật cơ sở dữ liệu doanh nhân được cho phép sử dụng thẻ và thông báo cho doanh nghiệp.',
    ],
    dossier: [
      'Văn bản thông báo của doanh nghiệp (theo mẫu), nêu rõ họ tên, số thẻ ABTC của doanh nhân và lý do',
      'Bản sao quyết định thôi việc, miễn nhiệm hoặc điều chuyển công tác (nếu có)',
    ],
    requirements: 'Thông báo được gửi trong thời hạn quy định kể từ ngày doanh nhân không còn đủ điều kiện sử dụng thẻ.',
    result: 'Văn bản đề nghị hủy giá trị sử dụng thẻ ABTC gửi Cục Quản lý xuất nhập cảnh; thông báo kết quả cho doanh nghiệp.',
    legalBasis: ['09/2023/QĐ-TTg'],
    applyUrl: nopTrucTuyen('1.009233'),
    publishingDecision: CONG_BO,
  },
]
