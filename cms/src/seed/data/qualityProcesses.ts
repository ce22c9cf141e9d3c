/**
 * The demo agency's ISO 9001:2015 processes (Hệ thống quản lý chất lượng theo
 * TCVN ISO 9001:2015), announced by Quyết định 86/QĐ-SNgV in legalDocuments.ts.
 *
 * QT-NV-xx govern procedures (procedures.ts refers to them by code); the time
 * budgets of their steps add up to the processing time of every procedure they
 * govern (8 working hours = 1 working day). QT-HT-xx are the system's internal
 * processes. Units are those of the 2025 organisation: Văn phòng, Phòng Hợp tác
 * quốc tế, Phòng Lãnh sự và Người Việt Nam ở nước ngoài, Phòng Quản lý biên giới.
 */
import type { SeedQualityProcess } from '../types'

const MOT_CUA = 'Bộ phận Một cửa (Trung tâm Phục vụ hành chính công tỉnh)'
const LANH_DAO = 'Lãnh đạo Sở'
const HTQT = 'Phòng Hợp tác quốc tế'
const LANH_SU = 'Phòng Lãnh sự và Người Việt Nam ở nước ngoài'
const UBND = 'Văn phòng Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân tỉnh'

export const qualityProcesses: SeedQualityProcess[] = [
  {
    code: 'QT-NV-01',
    name: 'Quy trình cho chủ trương tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    owner: HTQT,
    purpose:
      'Quy định trình tự tiếp nhận, thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh cho chủ trương tổ chức hội nghị, hội thảo quốc tế trong 10 ngày làm việc; thời gian lấy ý kiến cơ quan liên quan không tính vào thời hạn giải quyết.',
    steps: [
      { name: 'Tiếp nhận, kiểm tra thành phần hồ sơ, chuyển phòng chuyên môn', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định hồ sơ, lấy ý kiến cơ quan liên quan (nếu cần), dự thảo tờ trình', responsible: HTQT, timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, quyết định cho chủ trương', responsible: UBND, timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Vào sổ, phát hành văn bản và trả kết quả', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-02',
    name: 'Quy trình xin chủ trương tổ chức hội nghị, hội thảo quốc tế thuộc thẩm quyền cho phép của Thủ tướng Chính phủ',
    owner: HTQT,
    purpose:
      'Quy định phần việc của Sở Ngoại vụ (07 ngày làm việc) trong việc tham mưu Ủy ban nhân dân tỉnh lấy ý kiến các bộ, ngành và trình Thủ tướng Chính phủ cho chủ trương; thời gian các bộ, ngành cho ý kiến và Thủ tướng Chính phủ xem xét không tính vào thời hạn này.',
    steps: [
      { name: 'Tiếp nhận, kiểm tra thành phần hồ sơ, chuyển phòng chuyên môn', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định hồ sơ, dự thảo văn bản lấy ý kiến Bộ Ngoại giao, Bộ Công an và cơ quan liên quan', responsible: HTQT, timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, trình Ủy ban nhân dân tỉnh ký văn bản lấy ý kiến', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Tổng hợp ý kiến các bộ, ngành; dự thảo tờ trình Thủ tướng Chính phủ', responsible: HTQT, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Thông báo ý kiến của Thủ tướng Chính phủ cho đơn vị tổ chức', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-03',
    name: 'Quy trình tiếp nhận và chuyển hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ',
    owner: LANH_SU,
    purpose:
      'Bảo đảm hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ được kiểm tra và chuyển Cục Lãnh sự trong 01 ngày làm việc, kết quả được trả cho người đề nghị trong tổng thời hạn 06 ngày làm việc (không kể thời gian chuyển phát).',
    steps: [
      { name: 'Tiếp nhận hồ sơ, thu lệ phí, cấp giấy biên nhận', responsible: MOT_CUA, timeBudget: 2, timeUnit: 'gio-lam-viec' },
      { name: 'Kiểm tra văn bản cử đi nước ngoài, đối chiếu mẫu con dấu, chữ ký; lập danh sách và chuyển hồ sơ đến Cục Lãnh sự', responsible: LANH_SU, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Xem xét cấp, gia hạn hộ chiếu', responsible: 'Cục Lãnh sự, Bộ Ngoại giao', timeBudget: 5, timeUnit: 'ngay-lam-viec' },
      { name: 'Nhận hộ chiếu, trả kết quả cho người đề nghị', responsible: MOT_CUA, timeBudget: 2, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-04',
    name: 'Quy trình cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    owner: LANH_SU,
    purpose:
      'Quy định trình tự xem xét, trình Chủ tịch Ủy ban nhân dân tỉnh cho phép doanh nhân sử dụng hoặc tiếp tục sử dụng thẻ ABTC trong 10 ngày làm việc, trên cơ sở khai thác dữ liệu thuế, bảo hiểm xã hội dùng chung.',
    steps: [
      { name: 'Tiếp nhận hồ sơ trực tuyến, kiểm tra thành phần hồ sơ', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định điều kiện của doanh nghiệp, doanh nhân; khai thác dữ liệu thuế, bảo hiểm xã hội; lấy ý kiến Công an tỉnh', responsible: LANH_SU, timeBudget: 5, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký văn bản cho phép', responsible: UBND, timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Trả kết quả trực tuyến cho doanh nghiệp', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-05',
    name: 'Quy trình xin phép cho cán bộ, công chức, viên chức thuộc thẩm quyền quản lý của tỉnh xuất cảnh',
    owner: LANH_SU,
    purpose:
      'Quy định trình tự thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh quyết định cử hoặc cho phép cán bộ, công chức, viên chức đi nước ngoài trong 05 ngày làm việc.',
    steps: [
      { name: 'Tiếp nhận văn bản đề nghị của cơ quan, đơn vị', responsible: 'Văn phòng Sở', timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định mục đích, nước đến, thời gian, kinh phí; lấy ý kiến Sở Nội vụ, Công an tỉnh khi cần thiết; dự thảo quyết định', responsible: LANH_SU, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký quyết định cử hoặc văn bản cho phép', responsible: UBND, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Gửi kết quả, hướng dẫn thủ tục hộ chiếu, thị thực', responsible: 'Văn phòng Sở', timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-06',
    name: 'Quy trình cho phép đón tiếp đoàn khách nước ngoài vào làm việc tại tỉnh',
    owner: HTQT,
    purpose:
      'Quy định trình tự thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh cho phép đón tiếp đoàn khách nước ngoài trong 07 ngày làm việc, bảo đảm phối hợp an ninh đối với đoàn làm việc tại khu vực biên giới.',
    steps: [
      { name: 'Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Thẩm định mục đích, thành phần, chương trình làm việc; lấy ý kiến Công an tỉnh, Phòng Quản lý biên giới đối với khu vực biên giới', responsible: HTQT, timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, cho phép đón tiếp đoàn', responsible: UBND, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Thông báo kết quả cho cơ quan đón tiếp và cơ quan phối hợp', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-07',
    name: 'Quy trình cho ý kiến về giấy đăng ký của tổ chức phi chính phủ nước ngoài',
    owner: HTQT,
    purpose:
      'Quy định trình tự lấy ý kiến các cơ quan và trình Ủy ban nhân dân tỉnh cho ý kiến về việc cấp, gia hạn, sửa đổi, bổ sung Giấy đăng ký hoạt động hoặc Giấy đăng ký lập Văn phòng dự án trong 15 ngày làm việc.',
    steps: [
      { name: 'Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Kiểm tra hồ sơ, dự thảo văn bản lấy ý kiến', responsible: HTQT, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Cho ý kiến theo lĩnh vực, địa bàn quản lý', responsible: 'Công an tỉnh; các sở, ngành; Ủy ban nhân dân cấp xã nơi tổ chức hoạt động', timeBudget: 7, timeUnit: 'ngay-lam-viec' },
      { name: 'Tổng hợp ý kiến, dự thảo văn bản cho ý kiến của Ủy ban nhân dân tỉnh', responsible: HTQT, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ban hành văn bản cho ý kiến', responsible: UBND, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Gửi văn bản cho ý kiến, trả kết quả', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-08',
    name: 'Quy trình thẩm định, trình phê duyệt chương trình, dự án viện trợ phi chính phủ nước ngoài',
    owner: HTQT,
    purpose:
      'Quy định trình tự thẩm định và trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt chương trình, dự án viện trợ không hoàn lại của tổ chức phi chính phủ nước ngoài trong 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ.',
    steps: [
      { name: 'Tiếp nhận hồ sơ, kiểm tra thành phần hồ sơ', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Kiểm tra hồ sơ, gửi lấy ý kiến các cơ quan liên quan', responsible: HTQT, timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Cho ý kiến thẩm định', responsible: 'Sở Tài chính; Công an tỉnh; các sở, ngành và địa phương nơi thực hiện', timeBudget: 8, timeUnit: 'ngay-lam-viec' },
      { name: 'Tổng hợp ý kiến, lập báo cáo thẩm định và dự thảo quyết định phê duyệt', responsible: HTQT, timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký tờ trình', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, quyết định phê duyệt', responsible: UBND, timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Trả quyết định phê duyệt, thông báo cho nhà tài trợ', responsible: MOT_CUA, timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-NV-09',
    name: 'Quy trình cho ý kiến và trình quyết định ký kết thỏa thuận quốc tế',
    owner: HTQT,
    purpose:
      'Quy định trình tự Sở Ngoại vụ cho ý kiến và theo dõi việc trình Chủ tịch Ủy ban nhân dân tỉnh quyết định ký kết thỏa thuận quốc tế nhân danh cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh hoặc Ủy ban nhân dân cấp xã ở khu vực biên giới trong 15 ngày làm việc; thời gian lấy ý kiến cơ quan trung ương không tính vào thời hạn này.',
    steps: [
      { name: 'Tiếp nhận hồ sơ lấy ý kiến', responsible: 'Văn phòng Sở', timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Nghiên cứu, dự thảo văn bản cho ý kiến về đường lối đối ngoại, tư cách bên ký kết nước ngoài; phối hợp Phòng Quản lý biên giới đối với thỏa thuận của xã biên giới', responsible: HTQT, timeBudget: 5, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, ký văn bản cho ý kiến', responsible: LANH_DAO, timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Tiếp thu, giải trình ý kiến và trình Chủ tịch Ủy ban nhân dân tỉnh', responsible: 'Cơ quan đề xuất ký kết', timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét, quyết định việc ký kết', responsible: UBND, timeBudget: 4, timeUnit: 'ngay-lam-viec' },
      { name: 'Thông báo kết quả, cập nhật sổ theo dõi thỏa thuận quốc tế', responsible: 'Văn phòng Sở', timeBudget: 4, timeUnit: 'gio-lam-viec' },
    ],
  },
  {
    code: 'QT-HT-01',
    name: 'Quy trình kiểm soát thông tin dạng văn bản',
    owner: 'Văn phòng',
    purpose:
      'Bảo đảm quy trình, biểu mẫu và tài liệu của Hệ thống quản lý chất lượng được soạn thảo, xem xét, phê duyệt, phân phối và cập nhật thống nhất; tài liệu lỗi thời được thu hồi kịp thời.',
    steps: [
      { name: 'Đề xuất soạn thảo mới hoặc sửa đổi tài liệu', responsible: 'Phòng chuyên môn có nhu cầu', timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Soạn thảo hoặc sửa đổi tài liệu', responsible: 'Phòng chuyên môn được giao', timeBudget: 5, timeUnit: 'ngay-lam-viec' },
      { name: 'Xem xét sự phù hợp với quy định và với tiêu chuẩn TCVN ISO 9001:2015', responsible: 'Văn phòng (thư ký hệ thống quản lý chất lượng)', timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Phê duyệt, ban hành', responsible: 'Giám đốc Sở', timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Phân phối, cập nhật danh mục tài liệu, thu hồi tài liệu lỗi thời', responsible: 'Văn phòng', timeBudget: 1, timeUnit: 'ngay-lam-viec' },
    ],
  },
  {
    code: 'QT-HT-02',
    name: 'Quy trình đánh giá nội bộ',
    owner: 'Văn phòng',
    purpose:
      'Đánh giá định kỳ ít nhất mỗi năm một lần sự phù hợp và hiệu lực của Hệ thống quản lý chất lượng tại các phòng chuyên môn và Bộ phận Một cửa.',
    steps: [
      { name: 'Lập kế hoạch đánh giá nội bộ hằng năm', responsible: 'Văn phòng', timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Phê duyệt kế hoạch, quyết định thành lập đoàn đánh giá', responsible: 'Giám đốc Sở', timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Đánh giá tại các phòng chuyên môn, ghi nhận phát hiện', responsible: 'Đoàn đánh giá nội bộ', timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Lập báo cáo kết quả đánh giá, yêu cầu hành động khắc phục', responsible: 'Trưởng đoàn đánh giá', timeBudget: 2, timeUnit: 'ngay-lam-viec' },
      { name: 'Theo dõi, xác nhận việc thực hiện hành động khắc phục', responsible: 'Văn phòng' },
    ],
  },
  {
    code: 'QT-HT-03',
    name: 'Quy trình kiểm soát đầu ra không phù hợp và hành động khắc phục',
    owner: 'Văn phòng',
    purpose:
      'Phát hiện, xử lý kịp thời kết quả giải quyết thủ tục hành chính không phù hợp (hồ sơ quá hạn, sai sót trong kết quả), xác định nguyên nhân và thực hiện hành động khắc phục để không tái diễn.',
    steps: [
      { name: 'Phát hiện, ghi nhận sự không phù hợp vào sổ theo dõi', responsible: 'Công chức phát hiện; Bộ phận Một cửa', timeBudget: 4, timeUnit: 'gio-lam-viec' },
      { name: 'Xử lý tức thời: đính chính kết quả hoặc gửi văn bản xin lỗi, hẹn lại ngày trả kết quả đối với hồ sơ quá hạn', responsible: 'Phòng chuyên môn giải quyết hồ sơ', timeBudget: 1, timeUnit: 'ngay-lam-viec' },
      { name: 'Phân tích nguyên nhân, đề xuất hành động khắc phục', responsible: 'Trưởng phòng chuyên môn', timeBudget: 3, timeUnit: 'ngay-lam-viec' },
      { name: 'Phê duyệt và thực hiện hành động khắc phục', responsible: 'Lãnh đạo Sở; phòng chuyên môn', timeBudget: 10, timeUnit: 'ngay-lam-viec' },
      { name: 'Kiểm tra hiệu lực của hành động khắc phục', responsible: 'Văn phòng' },
    ],
  },
]
