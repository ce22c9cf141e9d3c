/**
 * The demo agency's introduction pages, in the sections Decree 42/2022/NĐ-CP
 * requires on an agency site. A page's `parent` is the slug of an earlier page.
 * Facts match legalDocuments.ts (15/2020/QĐ-UBND as amended by 24/2025/QĐ-UBND,
 * 318/KH-UBND, 742/QĐ-UBND, 86/QĐ-SNgV), procedures.ts and siteSettings.ts.
 * Leaders are named by title only.
 */
import type { SeedPage } from '../types'
import { siteSettings } from './siteSettings'

export const pages: SeedPage[] = [
  {
    title: 'Giới thiệu Sở Ngoại vụ',
    slug: 'gioi-thieu',
    section: 'gioi-thieu',
    order: 1,
    summary: 'Sở Ngoại vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về công tác đối ngoại.',
    body: [
      'Sở Ngoại vụ là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, có chức năng tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác ngoại vụ và công tác đối ngoại trên địa bàn tỉnh.',
      'Sở có tư cách pháp nhân, có con dấu và tài khoản riêng; chịu sự chỉ đạo, quản lý về tổ chức, biên chế và công tác của Ủy ban nhân dân tỉnh, đồng thời chịu sự chỉ đạo, kiểm tra, hướng dẫn về chuyên môn, nghiệp vụ của Bộ Ngoại giao.',
      'Chức năng, nhiệm vụ và cơ cấu tổ chức của Sở được quy định tại Quyết định số 15/2020/QĐ-UBND của Ủy ban nhân dân tỉnh, được sửa đổi, bổ sung bởi Quyết định số 24/2025/QĐ-UBND khi tỉnh tổ chức chính quyền địa phương hai cấp từ ngày 01/7/2025. Là tỉnh có đường biên giới đất liền, Sở được giao thêm nhiệm vụ tham mưu quản lý biên giới và hướng dẫn công tác đối ngoại của các xã, phường.',
      'Sở Ngoại vụ giải quyết 27 thủ tục hành chính thuộc 07 lĩnh vực theo Danh mục công bố tại Quyết định số 742/QĐ-UBND ngày 20/3/2026, phần lớn được tiếp nhận trực tuyến trên Cổng Dịch vụ công quốc gia. Từ tháng 4/2026, Sở áp dụng Hệ thống quản lý chất lượng phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015.',
      'Các mục dưới đây giới thiệu chức năng, nhiệm vụ, cơ cấu tổ chức, kế hoạch và báo cáo công tác, thông tin liên hệ của Sở, được công khai theo Nghị định số 42/2022/NĐ-CP của Chính phủ về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.',
    ],
  },
  {
    title: 'Chức năng, nhiệm vụ',
    slug: 'chuc-nang-nhiem-vu',
    section: 'chuc-nang-nhiem-vu',
    parent: 'gioi-thieu',
    order: 2,
    summary: 'Vị trí, chức năng và các nhiệm vụ, quyền hạn chủ yếu của Sở Ngoại vụ.',
    body: [
      'Sở Ngoại vụ tham mưu, giúp Ủy ban nhân dân tỉnh quản lý nhà nước về công tác đối ngoại, biên giới lãnh thổ quốc gia, công tác lãnh sự và công tác về người Việt Nam ở nước ngoài; thực hiện các dịch vụ công thuộc lĩnh vực được giao.',
      'Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch về công tác đối ngoại và hội nhập quốc tế của tỉnh; tổ chức thực hiện sau khi được phê duyệt; theo dõi, tổng hợp và báo cáo kết quả thực hiện.',
      'Quản lý hoạt động đoàn ra, đoàn vào; thẩm định hồ sơ xin chủ trương tổ chức hội nghị, hội thảo quốc tế; cho ý kiến và theo dõi việc ký kết, thực hiện thỏa thuận quốc tế của các cơ quan cấp tỉnh và của Ủy ban nhân dân cấp xã ở khu vực biên giới.',
      'Làm đầu mối quản lý hoạt động của các tổ chức phi chính phủ nước ngoài; tiếp nhận, chủ trì thẩm định chương trình, dự án, khoản viện trợ phi chính phủ nước ngoài thuộc thẩm quyền phê duyệt của Chủ tịch Ủy ban nhân dân tỉnh.',
      'Hướng dẫn, tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ, công hàm xin thị thực và hồ sơ chứng nhận lãnh sự, hợp pháp hóa lãnh sự; tham mưu cho phép doanh nhân sử dụng thẻ đi lại của doanh nhân APEC; thực hiện công tác bảo hộ công dân theo phân cấp.',
      'Tham mưu quản lý đường biên giới, mốc quốc giới và cửa khẩu; phối hợp với các lực lượng chức năng giải quyết các vấn đề phát sinh trên biên giới; thực hiện công tác thông tin đối ngoại và hướng dẫn hoạt động của phóng viên nước ngoài trên địa bàn.',
      'Hướng dẫn Ủy ban nhân dân các xã, phường thực hiện công tác đối ngoại ở cơ sở; bồi dưỡng nghiệp vụ đối ngoại cho cán bộ, công chức; thực hiện cải cách hành chính, chuyển đổi số và các nhiệm vụ khác do Ủy ban nhân dân tỉnh giao.',
    ],
  },
  {
    title: 'Cơ cấu tổ chức',
    slug: 'co-cau-to-chuc',
    section: 'co-cau-to-chuc',
    parent: 'gioi-thieu',
    order: 3,
    summary: 'Lãnh đạo Sở và các phòng chuyên môn theo Quyết định số 24/2025/QĐ-UBND.',
    body: [
      'Lãnh đạo Sở gồm Giám đốc và các Phó Giám đốc (không quá 03 Phó Giám đốc). Giám đốc Sở chịu trách nhiệm trước Ủy ban nhân dân tỉnh, Chủ tịch Ủy ban nhân dân tỉnh và trước pháp luật về toàn bộ hoạt động của Sở; các Phó Giám đốc giúp Giám đốc phụ trách từng lĩnh vực công tác theo phân công.',
      'Văn phòng: tham mưu công tác tổng hợp, hành chính, tổ chức cán bộ, tài chính, văn thư, lưu trữ; lễ tân đối ngoại; theo dõi cải cách hành chính, kiểm soát thủ tục hành chính và duy trì Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015; phối hợp với Bộ phận Một cửa tại Trung tâm Phục vụ hành chính công tỉnh.',
      'Phòng Hợp tác quốc tế: tham mưu quan hệ hợp tác với các địa phương, tổ chức nước ngoài; quản lý đoàn ra, đoàn vào, hội nghị, hội thảo quốc tế; cho ý kiến về thỏa thuận quốc tế; quản lý hoạt động của các tổ chức phi chính phủ nước ngoài và viện trợ phi chính phủ nước ngoài; thông tin đối ngoại và hướng dẫn hoạt động của phóng viên nước ngoài.',
      'Phòng Lãnh sự và Người Việt Nam ở nước ngoài: tiếp nhận hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ, công hàm xin thị thực, chứng nhận lãnh sự, hợp pháp hóa lãnh sự; tham mưu việc cử cán bộ, công chức, viên chức đi nước ngoài và cho phép sử dụng thẻ ABTC; bảo hộ công dân; công tác về người Việt Nam ở nước ngoài.',
      'Phòng Quản lý biên giới: tham mưu quản lý đường biên giới, mốc quốc giới và cửa khẩu; theo dõi việc thực hiện các điều ước, thỏa thuận quốc tế về biên giới; phối hợp với Bộ Chỉ huy Bộ đội Biên phòng tỉnh và các xã biên giới trong quan hệ với chính quyền địa phương nước láng giềng.',
      'Theo Quyết định số 24/2025/QĐ-UBND, quy định về Thanh tra Sở đã được bãi bỏ từ ngày 01/7/2025; nhiệm vụ thanh tra, giải quyết khiếu nại, tố cáo trong lĩnh vực ngoại vụ được thực hiện theo quy định của pháp luật về thanh tra.',
    ],
  },
  {
    title: 'Kế hoạch, báo cáo',
    slug: 'ke-hoach-bao-cao',
    section: 'ke-hoach-bao-cao',
    parent: 'gioi-thieu',
    order: 4,
    summary: 'Kế hoạch công tác đối ngoại và các báo cáo định kỳ của Sở Ngoại vụ.',
    body: [
      'Mục này công khai các kế hoạch công tác đối ngoại của tỉnh do Sở Ngoại vụ chủ trì theo dõi và các báo cáo định kỳ về kết quả thực hiện nhiệm vụ, trong đó có kết quả giải quyết thủ tục hành chính.',
      'Kế hoạch công tác đối ngoại hằng năm do Ủy ban nhân dân tỉnh ban hành trên cơ sở Quy chế quản lý thống nhất các hoạt động đối ngoại trên địa bàn tỉnh; báo cáo được lập định kỳ 6 tháng và hằng năm, gửi Ủy ban nhân dân tỉnh và Bộ Ngoại giao.',
      'Toàn văn các kế hoạch của Ủy ban nhân dân tỉnh được đăng tại mục Văn bản. Các báo cáo đã công bố được liệt kê tại các trang con dưới đây.',
    ],
  },
  {
    title: 'Kế hoạch công tác đối ngoại năm 2026',
    slug: 'ke-hoach-cong-tac-doi-ngoai-nam-2026',
    section: 'ke-hoach-bao-cao',
    parent: 'ke-hoach-bao-cao',
    order: 5,
    summary: 'Các nhiệm vụ đối ngoại trọng tâm của tỉnh năm 2026 theo Kế hoạch số 318/KH-UBND.',
    body: [
      'Ngày 22/12/2025, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 318/KH-UBND về công tác đối ngoại năm 2026, giao Sở Ngoại vụ chủ trì, phối hợp với các sở, ngành và Ủy ban nhân dân các xã, phường tổ chức thực hiện.',
      'Về hợp tác quốc tế: tổ chức các hoạt động đối ngoại của lãnh đạo tỉnh theo chương trình được duyệt; ký kết thỏa thuận hợp tác giai đoạn 2026 - 2030 với tỉnh kết nghĩa của nước Cộng hòa Dân chủ Nhân dân Lào; tổ chức Hội nghị xúc tiến đầu tư với các đối tác nước ngoài năm 2026.',
      'Về quản lý hoạt động đối ngoại: quản lý chặt chẽ đoàn ra, đoàn vào, hội nghị, hội thảo quốc tế; theo dõi việc thực hiện các thỏa thuận quốc tế đã ký; phối hợp quản lý đường biên giới, mốc quốc giới và cửa khẩu.',
      'Về lãnh sự và người Việt Nam ở nước ngoài: bảo đảm giải quyết đúng hạn hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ và thẻ ABTC; tổ chức chương trình gặp mặt kiều bào về quê đón Tết.',
      'Về tổ chức phi chính phủ nước ngoài: vận động, quản lý hiệu quả viện trợ; hướng dẫn các tổ chức đăng ký kế hoạch hoạt động hằng năm.',
      'Về cải cách hành chính: triển khai Danh mục thủ tục hành chính mới được công bố; áp dụng Hệ thống quản lý chất lượng TCVN ISO 9001:2015; bồi dưỡng nghiệp vụ đối ngoại cho cán bộ, công chức cấp xã. Kết quả thực hiện được báo cáo 6 tháng trước ngày 10/7 và cả năm trước ngày 15/12/2026.',
    ],
  },
  {
    title: 'Báo cáo kết quả công tác 6 tháng đầu năm 2026',
    slug: 'bao-cao-ket-qua-cong-tac-6-thang-dau-nam-2026',
    section: 'ke-hoach-bao-cao',
    parent: 'ke-hoach-bao-cao',
    order: 6,
    summary:
      'Kết quả công tác đối ngoại và giải quyết thủ tục hành chính 6 tháng đầu năm 2026: tiếp nhận 21 hồ sơ, giải quyết đúng hạn 20 hồ sơ.',
    body: [
      'Sáu tháng đầu năm 2026, Sở Ngoại vụ đã tham mưu Ủy ban nhân dân tỉnh triển khai các nhiệm vụ theo Kế hoạch số 318/KH-UBND về công tác đối ngoại năm 2026; các hoạt động đối ngoại được quản lý thống nhất, đúng quy định.',
      'Về hoạt động đối ngoại: lãnh đạo tỉnh tiếp và làm việc với Đoàn công tác Đại sứ quán Hàn Quốc tại Việt Nam; tỉnh tổ chức thành công Hội nghị xúc tiến đầu tư với các đối tác nước ngoài năm 2026 với hơn 150 doanh nghiệp tham dự, trao quyết định chủ trương đầu tư cho 05 dự án và chứng kiến ký kết 08 biên bản ghi nhớ hợp tác; tổ chức chương trình gặp mặt kiều bào về quê đón Tết Bính Ngọ và tập huấn nghiệp vụ công tác đối ngoại cho hơn 200 cán bộ, công chức các sở, ngành và xã, phường.',
      'Về cải cách hành chính: Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 742/QĐ-UBND công bố 27 thủ tục hành chính thuộc phạm vi quản lý của Sở; Sở ban hành Quyết định số 86/QĐ-SNgV công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015.',
      'Về giải quyết thủ tục hành chính: Sở đã tiếp nhận 21 hồ sơ, giải quyết đúng hạn 20 hồ sơ; 01 hồ sơ đề nghị cho chủ trương tổ chức hội thảo quốc tế bị trả kết quả chậm 01 ngày làm việc do chậm ở khâu thẩm định. Sở đã gửi văn bản xin lỗi tổ chức và thực hiện hành động khắc phục theo quy trình kiểm soát sự không phù hợp.',
      'Tồn tại, hạn chế: một số cơ quan, đơn vị còn gửi hồ sơ đoàn ra, đoàn vào sát thời hạn; tỷ lệ hồ sơ nộp trực tuyến đối với thủ tục hộ chiếu ngoại giao, hộ chiếu công vụ chưa cao.',
      'Nhiệm vụ 6 tháng cuối năm: ký kết thỏa thuận hợp tác giai đoạn 2026 - 2030 với tỉnh kết nghĩa; mở rộng tiếp nhận trực tuyến toàn trình; tổ chức đánh giá nội bộ Hệ thống quản lý chất lượng; chuẩn bị dự thảo Kế hoạch công tác đối ngoại năm 2027.',
    ],
  },
  {
    title: 'Liên hệ',
    slug: 'lien-he',
    section: 'lien-he',
    parent: 'gioi-thieu',
    order: 7,
    summary: 'Địa chỉ, điện thoại, thư điện tử và thời gian làm việc của Sở Ngoại vụ.',
    body: [
      `${siteSettings.agencyName}, ${siteSettings.parentAgency}.`,
      `Địa chỉ: ${siteSettings.address}.`,
      `Đường dây nóng (hướng dẫn thủ tục, tiếp nhận phản ánh, kiến nghị): ${siteSettings.hotline}. Điện thoại Văn phòng Sở: ${siteSettings.phone}. Thư điện tử: ${siteSettings.email}.`,
      `Thời gian làm việc: ${siteSettings.workingHours}`,
      'Hồ sơ thủ tục hành chính được tiếp nhận tại Bộ phận Một cửa của Sở đặt tại Trung tâm Phục vụ hành chính công tỉnh, qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia (dichvucong.gov.vn). Người nộp hồ sơ có thể tra cứu tình trạng giải quyết bằng mã hồ sơ.',
      'Ý kiến góp ý về hoạt động của Sở và phản ánh, kiến nghị về thủ tục hành chính có thể gửi qua mục Góp ý trên Cổng thông tin này.',
    ],
  },
]
