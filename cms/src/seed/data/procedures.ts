/**
 * Demo administrative procedures (thủ tục hành chính) of a provincial
 * Department of Foreign Affairs (Sở Ngoại vụ).
 *
 * Procedure names, steps and dossiers follow the way provinces publish these
 * procedures; codes are in the national portal's format but illustrative, not
 * looked up on the portal. None of them is used by a record of
 * `shared/data/tthc-dichvucong-bo-nganh/procedures.jsonl`, so importing that
 * file never overwrites a seeded procedure. Every `legalBasis` entry is a
 * number from legalDocuments.ts; every `qualityProcess` is a code from
 * qualityProcesses.ts whose time budgets add up to `processingTime`; all of
 * them are published by Quyết định 742/QĐ-UBND, whose text lists them.
 * The procedure for officials travelling abroad deliberately still cites the
 * expired Nghị định 136/2007/NĐ-CP, to demonstrate the legal-basis warning.
 */
import type { SeedProcedure } from '../types'

const CONG_BO = '742/QĐ-UBND'
const nopTrucTuyen = (code: string) =>
  `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`

export const procedures: SeedProcedure[] = [
  // ── Hội nghị, hội thảo quốc tế ──────────────────────────────────────────
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
    legalBasis: ['06/2020/QĐ-TTg', '08/2022/QĐ-UBND'],
    qualityProcess: 'QT-NV-01',
    applyUrl: nopTrucTuyen('2.001712'),
    publishingDecision: CONG_BO,
    en: { name: 'Approval in principle of an international conference or seminar not requiring the Prime Minister’s permission' },
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
    legalBasis: ['06/2020/QĐ-TTg', '08/2022/QĐ-UBND'],
    qualityProcess: 'QT-NV-02',
    applyUrl: nopTrucTuyen('2.001713'),
    publishingDecision: CONG_BO,
    en: { name: 'Request for approval in principle of an international conference or seminar requiring the Prime Minister’s permission' },
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
    applyUrl: nopTrucTuyen('2.001714'),
    publishingDecision: CONG_BO,
    en: { name: 'Report on the results of an international conference or seminar' },
  },
  {
    code: '2.001715',
    name: 'Điều chỉnh chủ trương tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    field: 'Hội nghị, hội thảo quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan, tổ chức đã được Chủ tịch Ủy ban nhân dân tỉnh cho chủ trương tổ chức hội nghị, hội thảo quốc tế và có thay đổi so với nội dung đã được cho phép',
    processingTime: '05 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Đơn vị tổ chức gửi văn bản đề nghị điều chỉnh trên Cổng Dịch vụ công quốc gia, chậm nhất 10 ngày trước ngày dự kiến tổ chức.',
      'Bước 2: Sở Ngoại vụ kiểm tra nội dung đề nghị điều chỉnh, đối chiếu với văn bản cho chủ trương đã cấp; trường hợp thay đổi làm hội nghị thuộc thẩm quyền cho phép của Thủ tướng Chính phủ, hướng dẫn đơn vị thực hiện thủ tục xin chủ trương tương ứng.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, có văn bản đồng ý điều chỉnh.',
      'Bước 4: Sở Ngoại vụ thông báo kết quả cho đơn vị tổ chức, đồng gửi Công an tỉnh và các cơ quan liên quan.',
    ],
    dossier: [
      'Văn bản đề nghị điều chỉnh, nêu rõ nội dung thay đổi và lý do thay đổi',
      'Bản sao văn bản cho chủ trương tổ chức hội nghị, hội thảo quốc tế đã được cấp',
      'Chương trình, danh sách đại biểu hoặc đề án đã được điều chỉnh (tương ứng với nội dung thay đổi)',
    ],
    requirements:
      'Áp dụng khi có thay đổi về danh nghĩa, mục đích, nội dung, thời gian, địa điểm, hình thức tổ chức hoặc thành phần đại biểu nước ngoài so với văn bản cho chủ trương; nội dung sau điều chỉnh vẫn không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ.',
    result: 'Văn bản đồng ý hoặc không đồng ý điều chỉnh của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['06/2020/QĐ-TTg', '08/2022/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.001715'),
    publishingDecision: CONG_BO,
  },

  // ── Lãnh sự: hộ chiếu ngoại giao, hộ chiếu công vụ, xuất cảnh, hợp pháp hóa ─
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

  // ── Lãnh sự: thẻ đi lại của doanh nhân APEC (ABTC) ─────────────────────
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

  // ── Tổ chức phi chính phủ nước ngoài ────────────────────────────────────
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
    legalBasis: ['12/2012/NĐ-CP', '05/2012/TT-BNG', '19/2021/QĐ-UBND'],
    qualityProcess: 'QT-NV-07',
    applyUrl: nopTrucTuyen('2.002135'),
    publishingDecision: CONG_BO,
    en: { name: 'Provincial opinion on the issuance, extension or amendment of a foreign NGO’s Registration Certificate for Operation' },
  },
  {
    code: '2.002137',
    name: 'Cho ý kiến về việc cấp, gia hạn, sửa đổi, bổ sung Giấy đăng ký lập Văn phòng dự án của tổ chức phi chính phủ nước ngoài tại tỉnh',
    field: 'Tổ chức phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Tổ chức phi chính phủ nước ngoài đề nghị lập hoặc duy trì Văn phòng dự án trên địa bàn tỉnh; cơ quan thường trực của Ủy ban công tác về các tổ chức phi chính phủ nước ngoài',
    processingTime: '15 ngày làm việc',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Cơ quan thường trực của Ủy ban công tác về các tổ chức phi chính phủ nước ngoài hoặc tổ chức gửi hồ sơ đề nghị cho ý kiến đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ kiểm tra hồ sơ, lấy ý kiến Công an tỉnh, các sở, ngành liên quan và Ủy ban nhân dân cấp xã nơi dự kiến đặt Văn phòng dự án.',
      'Bước 3: Sở Ngoại vụ tổng hợp ý kiến, trình Ủy ban nhân dân tỉnh ban hành văn bản cho ý kiến.',
      'Bước 4: Gửi văn bản cho ý kiến của Ủy ban nhân dân tỉnh đến cơ quan đề nghị và thông báo cho tổ chức.',
    ],
    dossier: [
      'Văn bản đề nghị cấp, gia hạn, sửa đổi, bổ sung Giấy đăng ký lập Văn phòng dự án (theo mẫu)',
      'Bản sao Giấy đăng ký hoạt động còn hiệu lực của tổ chức',
      'Danh sách chương trình, dự án đang hoặc dự kiến triển khai trên địa bàn tỉnh, kèm văn bản phê duyệt của cấp có thẩm quyền (nếu có)',
      'Văn bản đồng ý của bên cho thuê về địa điểm đặt Văn phòng dự án',
      'Lý lịch của người dự kiến đứng đầu Văn phòng dự án',
    ],
    requirements:
      'Tổ chức đã có Giấy đăng ký hoạt động tại Việt Nam và có chương trình, dự án đang triển khai hoặc đã được phê duyệt trên địa bàn tỉnh.',
    result: 'Văn bản cho ý kiến của Ủy ban nhân dân tỉnh gửi Ủy ban công tác về các tổ chức phi chính phủ nước ngoài.',
    legalBasis: ['12/2012/NĐ-CP', '05/2012/TT-BNG', '19/2021/QĐ-UBND'],
    qualityProcess: 'QT-NV-07',
    applyUrl: nopTrucTuyen('2.002137'),
    publishingDecision: CONG_BO,
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
    legalBasis: ['12/2012/NĐ-CP', '05/2012/TT-BNG', '19/2021/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.002136'),
    publishingDecision: CONG_BO,
    en: { name: 'Registration of a foreign NGO’s annual work plan in the province' },
  },

  // ── Viện trợ phi chính phủ nước ngoài ───────────────────────────────────
  {
    code: '2.002138',
    name: 'Tiếp nhận, thẩm định và trình phê duyệt chương trình, dự án viện trợ không hoàn lại của tổ chức phi chính phủ nước ngoài thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh',
    field: 'Viện trợ phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan chủ quản, chủ khoản viện trợ thuộc tỉnh (sở, ngành, Ủy ban nhân dân cấp xã, đơn vị sự nghiệp công lập) tiếp nhận chương trình, dự án viện trợ của tổ chức phi chính phủ nước ngoài',
    processingTime: '20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Chủ khoản viện trợ nộp hồ sơ đề nghị phê duyệt tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
      'Bước 2: Sở Ngoại vụ kiểm tra hồ sơ, gửi lấy ý kiến Sở Tài chính, Công an tỉnh, các sở, ngành và địa phương nơi thực hiện chương trình, dự án.',
      'Bước 3: Sở Ngoại vụ tổng hợp ý kiến, lập báo cáo thẩm định, trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, phê duyệt.',
      'Bước 4: Trả quyết định phê duyệt cho chủ khoản viện trợ, đồng gửi nhà tài trợ và các cơ quan liên quan để phối hợp quản lý.',
    ],
    dossier: [
      'Tờ trình đề nghị phê duyệt của chủ khoản viện trợ (theo mẫu)',
      'Văn kiện chương trình, dự án bằng tiếng Việt và tiếng nước ngoài, có chữ ký của đại diện nhà tài trợ và chủ khoản viện trợ',
      'Văn bản cam kết hoặc thư thông báo tài trợ của tổ chức phi chính phủ nước ngoài',
      'Bản sao Giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam',
      'Ý kiến bằng văn bản của cơ quan chủ quản về nguồn vốn đối ứng (nếu có)',
    ],
    requirements:
      'Chương trình, dự án không nhằm mục đích lợi nhuận, phù hợp quy hoạch và kế hoạch phát triển kinh tế - xã hội của tỉnh; không gắn với điều kiện chính trị, tôn giáo hoặc ảnh hưởng đến quốc phòng, an ninh, lợi ích quốc gia.',
    result: 'Quyết định phê duyệt chương trình, dự án viện trợ của Chủ tịch Ủy ban nhân dân tỉnh (hoặc văn bản trả lời không phê duyệt, nêu rõ lý do).',
    legalBasis: ['80/2020/NĐ-CP', '12/2012/NĐ-CP', '19/2021/QĐ-UBND'],
    qualityProcess: 'QT-NV-08',
    applyUrl: nopTrucTuyen('2.002138'),
    publishingDecision: CONG_BO,
    en: { name: 'Appraisal and approval of foreign NGO grant-aid programmes and projects within the provincial chairperson’s competence' },
  },
  {
    code: '2.002140',
    name: 'Tiếp nhận, thẩm định và trình phê duyệt khoản viện trợ phi dự án của tổ chức phi chính phủ nước ngoài thuộc thẩm quyền của Chủ tịch Ủy ban nhân dân tỉnh',
    field: 'Viện trợ phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Cơ quan, đơn vị, địa phương thuộc tỉnh tiếp nhận khoản viện trợ phi dự án (hàng hóa, trang thiết bị, tiền mặt) của tổ chức phi chính phủ nước ngoài',
    processingTime: '15 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Chủ khoản viện trợ nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
      'Bước 2: Sở Ngoại vụ kiểm tra hồ sơ, lấy ý kiến Sở Tài chính và cơ quan liên quan về nội dung, giá trị và đối tượng thụ hưởng khoản viện trợ.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt khoản viện trợ.',
      'Bước 4: Trả kết quả cho chủ khoản viện trợ và thông báo cho nhà tài trợ.',
    ],
    dossier: [
      'Tờ trình đề nghị phê duyệt khoản viện trợ phi dự án (theo mẫu)',
      'Thư cam kết viện trợ hoặc văn bản thỏa thuận với nhà tài trợ, kèm danh mục hàng hóa, trang thiết bị và giá trị dự kiến',
      'Danh sách hoặc tiêu chí lựa chọn đối tượng thụ hưởng',
      'Bản sao Giấy đăng ký hoạt động của tổ chức phi chính phủ nước ngoài tại Việt Nam',
    ],
    requirements:
      'Khoản viện trợ có mục đích nhân đạo, phát triển; hàng hóa, trang thiết bị không thuộc danh mục cấm nhập khẩu và bảo đảm chất lượng theo quy định.',
    result: 'Quyết định phê duyệt khoản viện trợ phi dự án của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['80/2020/NĐ-CP', '19/2021/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.002140'),
    publishingDecision: CONG_BO,
  },
  {
    code: '2.002141',
    name: 'Phê duyệt điều chỉnh chương trình, dự án, khoản viện trợ phi chính phủ nước ngoài đã được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt',
    field: 'Viện trợ phi chính phủ nước ngoài',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Chủ khoản viện trợ thuộc tỉnh có chương trình, dự án, khoản viện trợ cần điều chỉnh mục tiêu, địa bàn, thời gian thực hiện hoặc giá trị viện trợ',
    processingTime: '10 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Chủ khoản viện trợ nộp hồ sơ đề nghị điều chỉnh tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến.',
      'Bước 2: Sở Ngoại vụ kiểm tra nội dung điều chỉnh, lấy ý kiến Sở Tài chính và cơ quan liên quan khi điều chỉnh làm thay đổi mục tiêu hoặc giá trị viện trợ.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh quyết định phê duyệt điều chỉnh.',
      'Bước 4: Trả kết quả cho chủ khoản viện trợ, đồng gửi nhà tài trợ và cơ quan liên quan.',
    ],
    dossier: [
      'Tờ trình đề nghị điều chỉnh, nêu rõ nội dung, lý do điều chỉnh',
      'Văn bản đồng ý điều chỉnh của nhà tài trợ',
      'Văn kiện chương trình, dự án hoặc danh mục khoản viện trợ đã được điều chỉnh',
      'Báo cáo tình hình thực hiện đến thời điểm đề nghị điều chỉnh',
    ],
    requirements: 'Chương trình, dự án, khoản viện trợ đang trong thời gian thực hiện và đã được Chủ tịch Ủy ban nhân dân tỉnh phê duyệt.',
    result: 'Quyết định phê duyệt điều chỉnh của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['80/2020/NĐ-CP', '19/2021/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.002141'),
    publishingDecision: CONG_BO,
  },

  // ── Hợp tác quốc tế: thỏa thuận quốc tế ─────────────────────────────────
  {
    code: '1.010551',
    name: 'Ký kết thỏa thuận quốc tế nhân danh cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects: 'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh (các sở, ban, ngành)',
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
    legalBasis: ['70/2020/QH14', '64/2021/NĐ-CP'],
    qualityProcess: 'QT-NV-09',
    publishingDecision: CONG_BO,
    en: { name: 'Conclusion of an international agreement in the name of a provincial department' },
  },
  {
    code: '1.010552',
    name: 'Sửa đổi, bổ sung, gia hạn thỏa thuận quốc tế nhân danh cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects: 'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh đã ký kết thỏa thuận quốc tế',
    processingTime: '10 ngày làm việc (không kể thời gian lấy ý kiến cơ quan trung ương, nếu có)',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan đã ký kết gửi hồ sơ lấy ý kiến về việc sửa đổi, bổ sung hoặc gia hạn thỏa thuận quốc tế đến Sở Ngoại vụ và các cơ quan liên quan.',
      'Bước 2: Sở Ngoại vụ cho ý kiến về nội dung sửa đổi, bổ sung, gia hạn; các cơ quan liên quan cho ý kiến theo lĩnh vực quản lý.',
      'Bước 3: Cơ quan đề xuất tiếp thu, giải trình và trình Chủ tịch Ủy ban nhân dân tỉnh quyết định.',
      'Bước 4: Cơ quan đề xuất gửi bản sao văn bản sửa đổi, bổ sung, gia hạn đã ký đến Sở Ngoại vụ.',
    ],
    dossier: [
      'Tờ trình đề xuất sửa đổi, bổ sung, gia hạn, nêu rõ lý do và đánh giá kết quả thực hiện thỏa thuận',
      'Bản sao thỏa thuận quốc tế đã ký',
      'Dự thảo văn bản sửa đổi, bổ sung, gia hạn bằng tiếng Việt và bằng tiếng nước ngoài',
      'Văn bản ý kiến của các cơ quan liên quan và báo cáo giải trình, tiếp thu',
    ],
    requirements: 'Thỏa thuận quốc tế còn hiệu lực; nội dung sửa đổi, bổ sung đáp ứng các yêu cầu như đối với việc ký kết.',
    result: 'Văn bản của Chủ tịch Ủy ban nhân dân tỉnh đồng ý hoặc không đồng ý việc sửa đổi, bổ sung, gia hạn thỏa thuận quốc tế.',
    legalBasis: ['70/2020/QH14', '64/2021/NĐ-CP'],
    publishingDecision: CONG_BO,
  },
  {
    code: '1.010553',
    name: 'Chấm dứt hiệu lực, rút khỏi, tạm đình chỉ thực hiện thỏa thuận quốc tế nhân danh cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects: 'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh đã ký kết thỏa thuận quốc tế',
    processingTime: '10 ngày làm việc (không kể thời gian lấy ý kiến cơ quan trung ương, nếu có)',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan đã ký kết gửi hồ sơ đề xuất chấm dứt hiệu lực, rút khỏi hoặc tạm đình chỉ thực hiện thỏa thuận quốc tế đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ cho ý kiến về tác động đối ngoại và cách thức thông báo cho bên ký kết nước ngoài.',
      'Bước 3: Cơ quan đề xuất trình Chủ tịch Ủy ban nhân dân tỉnh quyết định.',
      'Bước 4: Cơ quan đề xuất thông báo cho bên ký kết nước ngoài và gửi văn bản thông báo đến Sở Ngoại vụ để theo dõi.',
    ],
    dossier: [
      'Tờ trình đề xuất, nêu rõ lý do chấm dứt hiệu lực, rút khỏi hoặc tạm đình chỉ thực hiện',
      'Bản sao thỏa thuận quốc tế đã ký',
      'Báo cáo tình hình thực hiện và phương án xử lý các hoạt động đang triển khai',
    ],
    requirements: 'Việc chấm dứt, rút khỏi, tạm đình chỉ phù hợp với quy định của chính thỏa thuận quốc tế và pháp luật Việt Nam.',
    result: 'Văn bản của Chủ tịch Ủy ban nhân dân tỉnh về việc chấm dứt hiệu lực, rút khỏi hoặc tạm đình chỉ thực hiện thỏa thuận quốc tế.',
    legalBasis: ['70/2020/QH14', '64/2021/NĐ-CP'],
    publishingDecision: CONG_BO,
  },
  {
    code: '1.010554',
    name: 'Ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân cấp xã ở khu vực biên giới',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects: 'Ủy ban nhân dân xã, phường ở khu vực biên giới của tỉnh',
    processingTime: '15 ngày làm việc (không kể thời gian lấy ý kiến cơ quan trung ương, nếu có)',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Ủy ban nhân dân cấp xã ở khu vực biên giới gửi hồ sơ lấy ý kiến về việc ký kết thỏa thuận quốc tế với chính quyền địa phương cấp tương đương của nước láng giềng đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ cho ý kiến về đường lối đối ngoại, quản lý biên giới và tư cách của bên ký kết nước ngoài; lấy ý kiến Bộ Chỉ huy Bộ đội Biên phòng tỉnh, Công an tỉnh và cơ quan liên quan.',
      'Bước 3: Ủy ban nhân dân cấp xã tiếp thu, giải trình và trình Chủ tịch Ủy ban nhân dân tỉnh quyết định việc ký kết.',
      'Bước 4: Sau khi ký, Ủy ban nhân dân cấp xã gửi bản sao thỏa thuận quốc tế đến Sở Ngoại vụ để theo dõi, tổng hợp.',
    ],
    dossier: [
      'Tờ trình đề xuất ký kết, nêu rõ sự cần thiết, mục đích và nội dung chính',
      'Dự thảo thỏa thuận quốc tế bằng tiếng Việt và bằng tiếng nước ngoài',
      'Văn bản ý kiến của các cơ quan liên quan và báo cáo giải trình, tiếp thu',
    ],
    requirements:
      'Nội dung thỏa thuận thuộc chức năng, nhiệm vụ của Ủy ban nhân dân cấp xã; phù hợp với điều ước quốc tế về biên giới mà Việt Nam là thành viên và không làm phát sinh nghĩa vụ tài chính ngoài dự toán.',
    result: 'Văn bản của Chủ tịch Ủy ban nhân dân tỉnh đồng ý hoặc không đồng ý việc ký kết thỏa thuận quốc tế.',
    legalBasis: ['70/2020/QH14', '64/2021/NĐ-CP'],
    qualityProcess: 'QT-NV-09',
    publishingDecision: CONG_BO,
    en: { name: 'Conclusion of an international agreement in the name of a border commune People’s Committee' },
  },
  {
    code: '1.010555',
    name: 'Đề xuất ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân tỉnh',
    field: 'Hợp tác quốc tế',
    level: 'tinh',
    agency: 'Ủy ban nhân dân tỉnh',
    subjects: 'Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh được giao chủ trì đề xuất ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân tỉnh',
    processingTime:
      '15 ngày làm việc tại Sở Ngoại vụ (không kể thời gian lấy ý kiến Bộ Ngoại giao và các cơ quan trung ương)',
    fee: 'Không',
    onlineLevel: 'khong',
    steps: [
      'Bước 1: Cơ quan chủ trì gửi hồ sơ đề xuất ký kết đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ thẩm định, tham mưu Ủy ban nhân dân tỉnh gửi văn bản lấy ý kiến Bộ Ngoại giao và các bộ, ngành liên quan.',
      'Bước 3: Trên cơ sở ý kiến các cơ quan, Sở Ngoại vụ phối hợp cơ quan chủ trì hoàn thiện dự thảo, trình Ủy ban nhân dân tỉnh quyết định việc ký kết.',
      'Bước 4: Sau khi ký, Sở Ngoại vụ lưu trữ, theo dõi việc thực hiện và thông báo cho Bộ Ngoại giao theo quy định.',
    ],
    dossier: [
      'Tờ trình đề xuất ký kết của cơ quan chủ trì',
      'Dự thảo thỏa thuận quốc tế bằng tiếng Việt và bằng tiếng nước ngoài',
      'Báo cáo đánh giá tác động về chính trị, đối ngoại, quốc phòng, an ninh, kinh tế - xã hội (nếu có)',
      'Tài liệu giới thiệu về bên ký kết nước ngoài',
    ],
    requirements: 'Nội dung thỏa thuận thuộc thẩm quyền của Ủy ban nhân dân tỉnh và phù hợp với chương trình đối ngoại đã được phê duyệt.',
    result: 'Quyết định của Ủy ban nhân dân tỉnh về việc ký kết thỏa thuận quốc tế.',
    legalBasis: ['70/2020/QH14', '08/2022/QĐ-UBND'],
    publishingDecision: CONG_BO,
  },

  // ── Quản lý đoàn ra, đoàn vào ───────────────────────────────────────────
  {
    code: '2.002210',
    name: 'Cho phép cơ quan, đơn vị, địa phương trên địa bàn tỉnh đón tiếp đoàn khách nước ngoài vào làm việc',
    field: 'Quản lý đoàn ra, đoàn vào',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Sở, ban, ngành, Ủy ban nhân dân cấp xã, đơn vị sự nghiệp công lập và tổ chức trên địa bàn tỉnh có kế hoạch đón tiếp đoàn khách nước ngoài',
    processingTime: '07 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Cơ quan, đơn vị đón tiếp gửi văn bản đề nghị chậm nhất 10 ngày trước ngày đoàn dự kiến đến tỉnh, trực tuyến hoặc tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Bước 2: Sở Ngoại vụ thẩm định mục đích, thành phần, chương trình làm việc của đoàn; lấy ý kiến Công an tỉnh đối với đoàn làm việc tại khu vực biên giới hoặc địa bàn cần bảo đảm an ninh.',
      'Bước 3: Sở Ngoại vụ trình Chủ tịch Ủy ban nhân dân tỉnh xem xét, cho phép.',
      'Bước 4: Sở Ngoại vụ thông báo kết quả cho cơ quan, đơn vị đón tiếp và các cơ quan phối hợp bảo đảm an ninh, lễ tân.',
    ],
    dossier: [
      'Văn bản đề nghị đón tiếp đoàn khách nước ngoài (theo mẫu), nêu rõ mục đích, thời gian, địa điểm làm việc',
      'Danh sách thành viên đoàn: họ tên, quốc tịch, chức danh, số hộ chiếu',
      'Dự kiến chương trình làm việc và nguồn kinh phí đón tiếp',
      'Bản sao thư, văn bản đề nghị của phía nước ngoài (nếu có)',
    ],
    requirements:
      'Hoạt động đón tiếp phù hợp với chức năng, nhiệm vụ của cơ quan, đơn vị và chương trình đối ngoại của tỉnh; thực hiện đúng chế độ tiếp khách nước ngoài theo quy định.',
    result: 'Văn bản cho phép đón tiếp đoàn khách nước ngoài của Chủ tịch Ủy ban nhân dân tỉnh.',
    legalBasis: ['67/2011/QĐ-TTg', '08/2022/QĐ-UBND'],
    qualityProcess: 'QT-NV-06',
    applyUrl: nopTrucTuyen('2.002210'),
    publishingDecision: CONG_BO,
    en: { name: 'Permission to receive a visiting foreign delegation' },
  },
  {
    code: '2.002211',
    name: 'Báo cáo kết quả đón tiếp đoàn khách nước ngoài và kết quả chuyến công tác nước ngoài',
    field: 'Quản lý đoàn ra, đoàn vào',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects: 'Cơ quan, đơn vị, địa phương trên địa bàn tỉnh đã đón tiếp đoàn khách nước ngoài hoặc có cán bộ đi công tác nước ngoài',
    processingTime:
      'Không quy định thời hạn giải quyết; báo cáo được gửi trong thời hạn 15 ngày kể từ ngày kết thúc chuyến công tác hoặc kết thúc đợt đón tiếp',
    fee: 'Không',
    onlineLevel: 'toan-trinh',
    steps: [
      'Bước 1: Cơ quan, đơn vị gửi báo cáo kết quả trên Cổng Dịch vụ công quốc gia trong thời hạn quy định.',
      'Bước 2: Sở Ngoại vụ tiếp nhận, kiểm tra nội dung; đề nghị bổ sung nếu báo cáo chưa đầy đủ.',
      'Bước 3: Sở Ngoại vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh và theo dõi việc triển khai các kết quả, cam kết đã đạt được.',
    ],
    dossier: [
      'Báo cáo kết quả (theo mẫu), nêu rõ nội dung làm việc, kết quả đạt được, các cam kết và đề xuất',
      'Bản sao văn bản ký kết với phía nước ngoài trong chuyến công tác hoặc đợt đón tiếp (nếu có)',
    ],
    requirements: 'Báo cáo được gửi đúng thời hạn, có chữ ký của thủ trưởng cơ quan, đơn vị.',
    result: 'Báo cáo được tiếp nhận và tổng hợp vào báo cáo công tác đối ngoại định kỳ của tỉnh.',
    legalBasis: ['67/2011/QĐ-TTg', '08/2022/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.002211'),
    publishingDecision: CONG_BO,
  },

  // ── Thông tin đối ngoại ─────────────────────────────────────────────────
  {
    code: '2.002212',
    name: 'Tiếp nhận và phối hợp hoạt động thông tin, báo chí của phóng viên nước ngoài tại tỉnh',
    field: 'Thông tin đối ngoại',
    level: 'tinh',
    agency: 'Sở Ngoại vụ',
    subjects:
      'Phóng viên, cơ quan báo chí nước ngoài đã được Bộ Ngoại giao chấp thuận hoạt động thông tin, báo chí tại Việt Nam và có chương trình làm việc trên địa bàn tỉnh',
    processingTime: '03 ngày làm việc kể từ ngày nhận được văn bản thông báo chương trình',
    fee: 'Không',
    onlineLevel: 'mot-phan',
    steps: [
      'Bước 1: Phóng viên hoặc cơ quan hướng dẫn gửi văn bản thông báo chương trình hoạt động tại tỉnh kèm văn bản chấp thuận của Bộ Ngoại giao đến Sở Ngoại vụ.',
      'Bước 2: Sở Ngoại vụ liên hệ các cơ quan, đơn vị, cá nhân dự kiến làm việc; trao đổi với Công an tỉnh đối với nội dung tác nghiệp tại khu vực hạn chế.',
      'Bước 3: Sở Ngoại vụ thông báo chương trình đã được sắp xếp và cử cán bộ phối hợp (nếu cần).',
    ],
    dossier: [
      'Văn bản thông báo chương trình hoạt động thông tin, báo chí tại tỉnh (nội dung, địa điểm, thời gian, đối tượng dự kiến làm việc)',
      'Bản chụp văn bản chấp thuận của Bộ Ngoại giao',
      'Danh sách phóng viên và người đi cùng, kèm số thẻ phóng viên hoặc số hộ chiếu',
    ],
    requirements: 'Hoạt động đúng nội dung, chương trình đã được Bộ Ngoại giao chấp thuận; tuân thủ quy định về khu vực cấm, khu vực hạn chế và bảo vệ bí mật nhà nước.',
    result: 'Văn bản thông báo chương trình làm việc tại tỉnh của Sở Ngoại vụ.',
    legalBasis: ['88/2012/NĐ-CP', '08/2022/QĐ-UBND'],
    applyUrl: nopTrucTuyen('2.002212'),
    publishingDecision: CONG_BO,
  },
]
