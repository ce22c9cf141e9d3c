/**
 * Demo news items of a provincial Department of Foreign Affairs (Sở Ngoại vụ).
 * The events are illustrative: the province is unnamed and no real official is
 * named. Facts about procedures match procedures.ts and legalDocuments.ts.
 */
import type { SeedNews } from '../types'

export const news: SeedNews[] = [
  {
    title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh tiếp Đoàn công tác Đại sứ quán Hàn Quốc tại Việt Nam',
    slug: 'pho-chu-tich-ubnd-tinh-tiep-doan-cong-tac-dai-su-quan-han-quoc',
    summary:
      'Lãnh đạo tỉnh và Đoàn công tác Đại sứ quán Hàn Quốc trao đổi về thu hút đầu tư, hỗ trợ doanh nghiệp và mở rộng hợp tác trong giáo dục nghề nghiệp, y tế, giao lưu nhân dân.',
    publishedDate: '2026-03-10',
    body: [
      'Chiều ngày 09/3/2026, tại trụ sở Ủy ban nhân dân tỉnh, Phó Chủ tịch Ủy ban nhân dân tỉnh đã tiếp và làm việc với Đoàn công tác Đại sứ quán Hàn Quốc tại Việt Nam do Tham tán Công sứ dẫn đầu. Tham dự buổi tiếp có lãnh đạo Sở Ngoại vụ, Sở Tài chính, Sở Công Thương và Ban Quản lý các khu công nghiệp tỉnh.',
      'Phát biểu tại buổi tiếp, Phó Chủ tịch Ủy ban nhân dân tỉnh thông tin khái quát về tình hình kinh tế - xã hội của tỉnh năm 2025, kết quả thu hút đầu tư nước ngoài và định hướng phát triển công nghiệp chế biến, năng lượng tái tạo, nông nghiệp công nghệ cao trong giai đoạn tới. Các doanh nghiệp Hàn Quốc hiện là một trong những nhóm nhà đầu tư nước ngoài lớn trên địa bàn tỉnh.',
      'Trưởng đoàn cảm ơn sự đón tiếp chu đáo của lãnh đạo tỉnh, đánh giá cao môi trường đầu tư và sự hỗ trợ của chính quyền địa phương đối với doanh nghiệp Hàn Quốc; đề nghị tỉnh tiếp tục tạo điều kiện thuận lợi về thủ tục, hạ tầng và nguồn nhân lực, đồng thời mong muốn mở rộng hợp tác trong các lĩnh vực giáo dục nghề nghiệp, y tế và giao lưu nhân dân.',
      'Kết thúc buổi làm việc, hai bên thống nhất giao Sở Ngoại vụ làm đầu mối phối hợp với Đại sứ quán xây dựng kế hoạch trao đổi đoàn, tổ chức các hoạt động xúc tiến đầu tư, thương mại trong năm 2026.',
    ],
  },
  {
    title: 'Hội nghị xúc tiến đầu tư với các đối tác nước ngoài năm 2026',
    slug: 'hoi-nghi-xuc-tien-dau-tu-2026',
    summary:
      'Hội nghị thu hút hơn 150 doanh nghiệp trong và ngoài nước; Ủy ban nhân dân tỉnh trao quyết định chủ trương đầu tư cho 05 dự án và chứng kiến ký kết 08 biên bản ghi nhớ hợp tác.',
    publishedDate: '2026-04-24',
    body: [
      'Ngày 23/4/2026, Ủy ban nhân dân tỉnh tổ chức Hội nghị xúc tiến đầu tư với các đối tác nước ngoài năm 2026 với chủ đề “Kết nối - Hợp tác - Phát triển bền vững”. Hội nghị có sự tham dự của đại diện một số cơ quan đại diện nước ngoài, tổ chức xúc tiến thương mại và hơn 150 doanh nghiệp trong và ngoài nước.',
      'Tại hội nghị, Sở Tài chính giới thiệu danh mục dự án kêu gọi đầu tư giai đoạn 2026 - 2030, tập trung vào hạ tầng khu công nghiệp, dịch vụ kho vận, năng lượng tái tạo, chế biến nông sản và du lịch. Sở Ngoại vụ thông tin về các cơ chế hỗ trợ nhà đầu tư, thủ tục nhập cảnh, cư trú đối với chuyên gia nước ngoài và việc tiếp nhận hồ sơ trực tuyến.',
      'Các đại biểu đánh giá cao tiềm năng, lợi thế của tỉnh, đồng thời đề xuất tiếp tục nâng cao chất lượng nguồn nhân lực, rút ngắn thời gian giải quyết thủ tục về đất đai, xây dựng và duy trì đối thoại định kỳ giữa chính quyền với doanh nghiệp có vốn đầu tư nước ngoài.',
      'Dịp này, Ủy ban nhân dân tỉnh đã trao quyết định chủ trương đầu tư cho 05 dự án và chứng kiến lễ ký kết 08 biên bản ghi nhớ hợp tác giữa các sở, ngành, doanh nghiệp của tỉnh với các đối tác nước ngoài.',
      'Phát biểu bế mạc, Chủ tịch Ủy ban nhân dân tỉnh khẳng định tỉnh cam kết đồng hành, bảo vệ quyền và lợi ích hợp pháp của nhà đầu tư; giao các sở, ngành theo dõi sát tiến độ các dự án, kịp thời tháo gỡ khó khăn, vướng mắc.',
    ],
  },
  {
    title: 'Tập huấn nghiệp vụ công tác đối ngoại cho cán bộ, công chức năm 2026',
    slug: 'tap-huan-nghiep-vu-cong-tac-doi-ngoai-2026',
    summary:
      'Hơn 200 cán bộ, công chức phụ trách công tác đối ngoại tại các sở, ngành và Ủy ban nhân dân cấp xã được bồi dưỡng kiến thức, kỹ năng về quản lý hoạt động đối ngoại tại địa phương.',
    publishedDate: '2026-06-19',
    body: [
      'Trong hai ngày 18 và 19/6/2026, Sở Ngoại vụ tổ chức Hội nghị tập huấn nghiệp vụ công tác đối ngoại năm 2026 cho hơn 200 cán bộ, công chức phụ trách công tác đối ngoại tại các sở, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.',
      'Các báo cáo viên của Bộ Ngoại giao và Sở Ngoại vụ đã truyền đạt các chuyên đề: tình hình thế giới, khu vực và chủ trương, chính sách đối ngoại của Đảng, Nhà nước; quản lý thống nhất hoạt động đối ngoại tại địa phương; nghi thức, lễ tân đối ngoại; quy trình tổ chức, quản lý hội nghị, hội thảo quốc tế; ký kết và thực hiện thỏa thuận quốc tế.',
      'Học viên cũng được hướng dẫn về công tác bảo hộ công dân, xử lý các vụ việc có yếu tố nước ngoài phát sinh trên địa bàn, quản lý hoạt động của tổ chức phi chính phủ nước ngoài và việc cung cấp thông tin cho phóng viên nước ngoài.',
      'Phát biểu bế mạc, lãnh đạo Sở Ngoại vụ đề nghị học viên vận dụng kiến thức vào thực tiễn công tác, chủ động báo cáo, xin ý kiến cơ quan chuyên môn khi phát sinh vụ việc có yếu tố nước ngoài, bảo đảm hoạt động đối ngoại ở cơ sở đúng quy định và hiệu quả trong điều kiện tổ chức chính quyền địa phương hai cấp.',
    ],
  },
  {
    title: 'Hướng dẫn thủ tục đề nghị cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    slug: 'huong-dan-thu-tuc-cho-phep-su-dung-the-abtc',
    summary:
      'Sở Ngoại vụ hướng dẫn trình tự, hồ sơ đề nghị cho phép sử dụng thẻ ABTC theo Quyết định số 09/2023/QĐ-TTg; hồ sơ được tiếp nhận trực tuyến, thời hạn giải quyết 10 ngày làm việc.',
    publishedDate: '2026-08-06',
    body: [
      'Thời gian qua, nhu cầu sử dụng thẻ đi lại của doanh nhân APEC (thẻ ABTC) của các doanh nghiệp trên địa bàn tỉnh tăng cao. Để tạo thuận lợi cho doanh nghiệp, Sở Ngoại vụ hướng dẫn trình tự, thủ tục đề nghị cho phép sử dụng thẻ ABTC theo Quyết định số 09/2023/QĐ-TTg của Thủ tướng Chính phủ như sau.',
      'Việc cấp thẻ được thực hiện theo hai giai đoạn. Ở giai đoạn thứ nhất, doanh nghiệp có trụ sở chính trên địa bàn tỉnh nộp hồ sơ đề nghị Chủ tịch Ủy ban nhân dân tỉnh cho phép doanh nhân sử dụng thẻ ABTC; hồ sơ được tiếp nhận trên Cổng Dịch vụ công quốc gia hoặc tại Trung tâm Phục vụ hành chính công tỉnh, thời hạn giải quyết là 10 ngày làm việc. Ở giai đoạn thứ hai, doanh nhân sử dụng văn bản cho phép để đề nghị Cục Quản lý xuất nhập cảnh, Bộ Công an cấp thẻ.',
      'Hồ sơ giai đoạn thứ nhất gồm: văn bản đề nghị của doanh nghiệp theo mẫu; bản sao hợp đồng, thỏa thuận hoặc chứng từ giao dịch với đối tác tại các nền kinh tế thành viên; bản sao quyết định bổ nhiệm hoặc hợp đồng lao động của doanh nhân; bản chụp hộ chiếu còn giá trị. Thông tin về việc thực hiện nghĩa vụ thuế, bảo hiểm xã hội của doanh nghiệp được cơ quan giải quyết khai thác trên hệ thống dữ liệu dùng chung; trường hợp không khai thác được, doanh nghiệp nộp bổ sung văn bản xác nhận.',
      'Thẻ ABTC có thời hạn sử dụng 05 năm kể từ ngày cấp và không được gia hạn. Doanh nhân có thẻ sắp hết hạn cần chủ động làm thủ tục đề nghị cấp lại; trường hợp doanh nhân nghỉ việc hoặc không còn giữ chức danh được cho phép, doanh nghiệp có trách nhiệm thông báo để hủy giá trị sử dụng của thẻ.',
      'Trong quá trình thực hiện, nếu có vướng mắc, doanh nghiệp liên hệ Phòng Lãnh sự và Người Việt Nam ở nước ngoài, Sở Ngoại vụ để được hướng dẫn.',
    ],
  },
  {
    title: 'Thông báo về đường dây nóng và tiếp nhận hồ sơ trực tuyến thủ tục hành chính lĩnh vực ngoại vụ',
    slug: 'thong-bao-duong-day-nong-va-tiep-nhan-ho-so-truc-tuyen',
    summary:
      'Từ ngày 01/10/2026, 04 thủ tục hành chính lĩnh vực ngoại vụ được tiếp nhận trực tuyến toàn trình; Sở Ngoại vụ duy trì đường dây nóng hướng dẫn thủ tục và tiếp nhận phản ánh, kiến nghị.',
    publishedDate: '2026-09-15',
    body: [
      'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về đẩy mạnh cải cách thủ tục hành chính và chuyển đổi số, Sở Ngoại vụ thông báo việc tiếp nhận, giải quyết thủ tục hành chính và tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp như sau.',
      'Kể từ ngày 01/10/2026, 04 thủ tục gồm: cho chủ trương tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ; báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế; cho phép doanh nhân sử dụng thẻ ABTC; tiếp nhận và xử lý đề nghị đăng ký kế hoạch hoạt động hằng năm của tổ chức phi chính phủ nước ngoài được tiếp nhận trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia. Tổ chức, cá nhân không phải nộp lại bản giấy đối với các thành phần hồ sơ đã nộp trực tuyến.',
      'Các thủ tục còn lại, trong đó có tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ, tiếp tục được tiếp nhận trực tiếp hoặc qua dịch vụ bưu chính tại Trung tâm Phục vụ hành chính công tỉnh; kết quả được trả trực tiếp hoặc qua dịch vụ bưu chính theo đề nghị.',
      'Sở Ngoại vụ duy trì đường dây nóng trong giờ hành chính để hướng dẫn thủ tục và tiếp nhận phản ánh về thái độ phục vụ, hành vi nhũng nhiễu, gây phiền hà. Số điện thoại đường dây nóng và địa chỉ thư điện tử được niêm yết tại Trung tâm Phục vụ hành chính công tỉnh và trên Cổng thông tin điện tử của Sở; người dân, doanh nghiệp cũng có thể gửi phản ánh, kiến nghị qua chức năng góp ý trên Cổng thông tin này.',
      'Người nộp hồ sơ có thể tra cứu tình trạng giải quyết bằng mã hồ sơ trên Cổng Dịch vụ công quốc gia. Sở Ngoại vụ cam kết công khai, minh bạch thời hạn giải quyết và trả lời phản ánh, kiến nghị theo đúng quy định.',
    ],
  },
  {
    title: 'Ký kết Biên bản thỏa thuận hợp tác giai đoạn 2026 - 2030 với tỉnh kết nghĩa của nước Cộng hòa Dân chủ Nhân dân Lào',
    slug: 'ky-ket-thoa-thuan-hop-tac-voi-tinh-ket-nghia-2026-2030',
    summary:
      'Hai tỉnh thống nhất tập trung hợp tác đào tạo nguồn nhân lực, nông nghiệp, y tế, thương mại và đầu tư trong giai đoạn 2026 - 2030; Sở Ngoại vụ được giao làm đầu mối theo dõi thực hiện.',
    publishedDate: '2026-10-22',
    body: [
      'Ngày 21/10/2026, tại trụ sở Ủy ban nhân dân tỉnh, lãnh đạo tỉnh và Đoàn đại biểu cấp cao tỉnh kết nghĩa của nước Cộng hòa Dân chủ Nhân dân Lào đã hội đàm và ký kết Biên bản thỏa thuận hợp tác giai đoạn 2026 - 2030.',
      'Tại hội đàm, hai bên đánh giá cao kết quả thực hiện thỏa thuận hợp tác giai đoạn trước, nhất là trong các lĩnh vực giáo dục - đào tạo, y tế, nông nghiệp và giao lưu văn hóa; nhiều lưu học sinh của tỉnh bạn đã tốt nghiệp tại các cơ sở đào tạo của tỉnh và trở về công tác tại quê hương.',
      'Theo Biên bản thỏa thuận, trong giai đoạn 2026 - 2030, hai tỉnh tập trung hợp tác đào tạo nguồn nhân lực, trong đó tỉnh tiếp nhận đào tạo lưu học sinh theo chỉ tiêu hằng năm; hỗ trợ chuyển giao kỹ thuật trồng trọt, chăn nuôi; thúc đẩy thương mại, đầu tư và phối hợp trao đổi thông tin, phòng, chống dịch bệnh.',
      'Việc ký kết được thực hiện theo quy định của Luật Thỏa thuận quốc tế, sau khi có ý kiến của Bộ Ngoại giao và các cơ quan liên quan. Ủy ban nhân dân tỉnh giao Sở Ngoại vụ làm đầu mối theo dõi, đôn đốc các sở, ngành xây dựng kế hoạch triển khai cụ thể và định kỳ báo cáo kết quả thực hiện.',
    ],
  },
]
