/**
 * Demo news items of a provincial Department of Foreign Affairs (Sở Ngoại vụ).
 * The events are illustrative: the province is unnamed and no real official is
 * named. Facts about procedures match procedures.ts and legalDocuments.ts; the
 * half-year figures match the report page in pages.ts. Categories: Hoạt động
 * đối ngoại, Hợp tác quốc tế, Thông báo, Cải cách hành chính.
 */
import type { SeedNews } from '../types'

export const news: SeedNews[] = [
  {
    title: 'Hội nghị tổng kết công tác đối ngoại năm 2025, triển khai nhiệm vụ năm 2026',
    slug: 'hoi-nghi-tong-ket-cong-tac-doi-ngoai-2025-trien-khai-nhiem-vu-2026',
    summary:
      'Năm 2025, công tác đối ngoại của tỉnh được triển khai đồng bộ, gắn với thu hút đầu tư và quản lý biên giới; năm 2026, tỉnh tập trung thực hiện Kế hoạch số 318/KH-UBND về công tác đối ngoại.',
    publishedDate: '2026-01-16',
    category: 'Hoạt động đối ngoại',
    author: 'Văn phòng Sở',
    body: [
      'Ngày 15/01/2026, Ủy ban nhân dân tỉnh tổ chức Hội nghị tổng kết công tác đối ngoại năm 2025 và triển khai nhiệm vụ năm 2026. Dự hội nghị có lãnh đạo Ủy ban nhân dân tỉnh, đại diện Bộ Ngoại giao, lãnh đạo các sở, ngành và Ủy ban nhân dân các xã, phường biên giới.',
      'Báo cáo tại hội nghị cho biết, năm 2025 các hoạt động đối ngoại của tỉnh được quản lý thống nhất, đúng quy định trong bối cảnh sắp xếp tổ chức bộ máy và vận hành chính quyền địa phương hai cấp. Tỉnh đã đón tiếp nhiều đoàn khách nước ngoài đến tìm hiểu cơ hội đầu tư, duy trì quan hệ hợp tác với các tỉnh kết nghĩa và phối hợp chặt chẽ với các lực lượng chức năng trong quản lý đường biên giới, mốc quốc giới.',
      'Công tác lãnh sự, bảo hộ công dân và công tác người Việt Nam ở nước ngoài được thực hiện kịp thời; việc vận động, quản lý viện trợ phi chính phủ nước ngoài đạt kết quả tích cực, tập trung vào y tế, giáo dục, sinh kế cho người dân vùng biên giới.',
      'Năm 2026, Ủy ban nhân dân tỉnh giao Sở Ngoại vụ chủ trì triển khai Kế hoạch số 318/KH-UBND ngày 22/12/2025 về công tác đối ngoại năm 2026, trọng tâm là ký kết thỏa thuận hợp tác giai đoạn 2026 - 2030 với tỉnh kết nghĩa, tổ chức hội nghị xúc tiến đầu tư, chuẩn hóa danh mục thủ tục hành chính lĩnh vực ngoại vụ và áp dụng Hệ thống quản lý chất lượng theo TCVN ISO 9001:2015.',
      'Phát biểu chỉ đạo, lãnh đạo Ủy ban nhân dân tỉnh đề nghị các sở, ngành, địa phương chủ động lồng ghép nhiệm vụ đối ngoại vào kế hoạch công tác của đơn vị, thực hiện nghiêm chế độ báo cáo đoàn ra, đoàn vào và phối hợp chặt chẽ với Sở Ngoại vụ trong quá trình triển khai.',
    ],
  },
  {
    title: 'Gặp mặt kiều bào về quê đón Tết Bính Ngọ 2026',
    slug: 'gap-mat-kieu-bao-ve-que-don-tet-binh-ngo-2026',
    summary:
      'Hơn 80 kiều bào đang sinh sống, làm việc tại nhiều quốc gia và vùng lãnh thổ về quê đón Tết đã dự buổi gặp mặt, trao đổi với lãnh đạo tỉnh về cơ hội đầu tư và đóng góp xây dựng quê hương.',
    publishedDate: '2026-02-10',
    category: 'Hoạt động đối ngoại',
    author: 'Phòng Lãnh sự và Người Việt Nam ở nước ngoài',
    body: [
      'Chiều ngày 09/02/2026, Ủy ban nhân dân tỉnh phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh tổ chức chương trình gặp mặt kiều bào về quê đón Tết Nguyên đán Bính Ngọ 2026. Tham dự có hơn 80 kiều bào đang sinh sống, học tập và làm việc tại nhiều quốc gia, vùng lãnh thổ.',
      'Tại buổi gặp mặt, lãnh đạo tỉnh thông tin về tình hình phát triển kinh tế - xã hội năm 2025, định hướng năm 2026 và các chính sách khuyến khích người Việt Nam ở nước ngoài đầu tư, kinh doanh, chuyển giao tri thức về quê hương.',
      'Nhiều kiều bào bày tỏ niềm vui trước sự đổi thay của quê hương, đồng thời đề xuất tỉnh tiếp tục cải thiện môi trường đầu tư, hỗ trợ thủ tục cho doanh nghiệp của kiều bào và tăng cường dạy tiếng Việt cho thế hệ trẻ ở nước ngoài.',
      'Sở Ngoại vụ cho biết sẽ tiếp tục là đầu mối tiếp nhận, phản hồi các kiến nghị của kiều bào; hướng dẫn thủ tục chứng nhận lãnh sự, hợp pháp hóa lãnh sự giấy tờ và kết nối kiều bào với các sở, ngành liên quan.',
    ],
  },
  {
    title: 'Phó Chủ tịch Ủy ban nhân dân tỉnh tiếp Đoàn công tác Đại sứ quán Hàn Quốc tại Việt Nam',
    slug: 'pho-chu-tich-ubnd-tinh-tiep-doan-cong-tac-dai-su-quan-han-quoc',
    summary:
      'Lãnh đạo tỉnh và Đoàn công tác Đại sứ quán Hàn Quốc trao đổi về thu hút đầu tư, hỗ trợ doanh nghiệp và mở rộng hợp tác trong giáo dục nghề nghiệp, y tế, giao lưu nhân dân.',
    publishedDate: '2026-03-10',
    category: 'Hoạt động đối ngoại',
    author: 'Phòng Hợp tác quốc tế',
    body: [
      'Chiều ngày 09/3/2026, tại trụ sở Ủy ban nhân dân tỉnh, Phó Chủ tịch Ủy ban nhân dân tỉnh đã tiếp và làm việc với Đoàn công tác Đại sứ quán Hàn Quốc tại Việt Nam do Tham tán Công sứ dẫn đầu. Tham dự buổi tiếp có lãnh đạo Sở Ngoại vụ, Sở Tài chính, Sở Công Thương và Ban Quản lý các khu công nghiệp tỉnh.',
      'Phát biểu tại buổi tiếp, Phó Chủ tịch Ủy ban nhân dân tỉnh thông tin khái quát về tình hình kinh tế - xã hội của tỉnh năm 2025, kết quả thu hút đầu tư nước ngoài và định hướng phát triển công nghiệp chế biến, năng lượng tái tạo, nông nghiệp công nghệ cao trong giai đoạn tới. Các doanh nghiệp Hàn Quốc hiện là một trong những nhóm nhà đầu tư nước ngoài lớn trên địa bàn tỉnh.',
      'Trưởng đoàn cảm ơn sự đón tiếp chu đáo của lãnh đạo tỉnh, đánh giá cao môi trường đầu tư và sự hỗ trợ của chính quyền địa phương đối với doanh nghiệp Hàn Quốc; đề nghị tỉnh tiếp tục tạo điều kiện thuận lợi về thủ tục, hạ tầng và nguồn nhân lực, đồng thời mong muốn mở rộng hợp tác trong các lĩnh vực giáo dục nghề nghiệp, y tế và giao lưu nhân dân.',
      'Kết thúc buổi làm việc, hai bên thống nhất giao Sở Ngoại vụ làm đầu mối phối hợp với Đại sứ quán xây dựng kế hoạch trao đổi đoàn, tổ chức các hoạt động xúc tiến đầu tư, thương mại trong năm 2026.',
    ],
  },
  {
    title: 'Công bố Danh mục 27 thủ tục hành chính lĩnh vực ngoại vụ',
    slug: 'cong-bo-danh-muc-27-thu-tuc-hanh-chinh-linh-vuc-ngoai-vu',
    summary:
      'Chủ tịch Ủy ban nhân dân tỉnh ban hành Quyết định số 742/QĐ-UBND công bố 27 thủ tục hành chính thuộc 07 lĩnh vực do Sở Ngoại vụ giải quyết, thay thế danh mục công bố năm 2024.',
    publishedDate: '2026-03-25',
    category: 'Cải cách hành chính',
    author: 'Văn phòng Sở',
    body: [
      'Ngày 20/3/2026, Chủ tịch Ủy ban nhân dân tỉnh ký Quyết định số 742/QĐ-UBND công bố Danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Ngoại vụ. Quyết định có hiệu lực từ ngày ký và thay thế Quyết định số 1206/QĐ-UBND ngày 14/6/2024.',
      'Danh mục gồm 27 thủ tục thuộc 07 lĩnh vực: hội nghị, hội thảo quốc tế (04 thủ tục); lãnh sự (09 thủ tục); tổ chức phi chính phủ nước ngoài (03 thủ tục); viện trợ phi chính phủ nước ngoài (03 thủ tục); hợp tác quốc tế (05 thủ tục); quản lý đoàn ra, đoàn vào (02 thủ tục) và thông tin đối ngoại (01 thủ tục).',
      'So với danh mục năm 2024, danh mục mới bỏ thủ tục ký kết thỏa thuận quốc tế nhân danh Ủy ban nhân dân cấp huyện, bổ sung các thủ tục về cấp lại thẻ đi lại của doanh nhân APEC, hủy giá trị hộ chiếu ngoại giao, hộ chiếu công vụ bị mất, viện trợ phi chính phủ nước ngoài, đón tiếp đoàn khách nước ngoài và phối hợp hoạt động của phóng viên nước ngoài, phù hợp với mô hình chính quyền địa phương hai cấp.',
      'Toàn bộ thủ tục được công khai trên Cổng Dịch vụ công quốc gia, tại Bộ phận Một cửa của Sở ở Trung tâm Phục vụ hành chính công tỉnh và tại mục Thủ tục hành chính của Cổng thông tin này, kèm thành phần hồ sơ, thời hạn giải quyết, phí, lệ phí và căn cứ pháp lý.',
    ],
  },
  {
    title: 'Sở Ngoại vụ công bố Hệ thống quản lý chất lượng phù hợp TCVN ISO 9001:2015',
    slug: 'so-ngoai-vu-cong-bo-he-thong-quan-ly-chat-luong-iso-9001-2015',
    summary:
      'Hệ thống gồm 12 quy trình, trong đó 09 quy trình giải quyết thủ tục hành chính quy định rõ từng bước, đơn vị thực hiện và thời gian cho từng bước.',
    publishedDate: '2026-04-14',
    category: 'Cải cách hành chính',
    author: 'Văn phòng Sở',
    body: [
      'Ngày 10/4/2026, Giám đốc Sở Ngoại vụ ban hành Quyết định số 86/QĐ-SNgV công bố Hệ thống quản lý chất lượng của Sở phù hợp Tiêu chuẩn quốc gia TCVN ISO 9001:2015.',
      'Hệ thống gồm 09 quy trình giải quyết thủ tục hành chính, áp dụng cho các nhóm thủ tục về hội nghị, hội thảo quốc tế, hộ chiếu ngoại giao, hộ chiếu công vụ, thẻ ABTC, xuất cảnh của cán bộ, công chức, viên chức, đón tiếp đoàn khách nước ngoài, tổ chức phi chính phủ nước ngoài, viện trợ phi chính phủ nước ngoài và thỏa thuận quốc tế; cùng 03 quy trình hệ thống về kiểm soát thông tin dạng văn bản, đánh giá nội bộ, kiểm soát đầu ra không phù hợp và hành động khắc phục.',
      'Mỗi quy trình phân định rõ từng bước, đơn vị chịu trách nhiệm và thời gian thực hiện, bảo đảm tổng thời gian bằng thời hạn giải quyết đã công bố. Ví dụ, với thủ tục cho phép doanh nhân sử dụng thẻ ABTC, Bộ phận Một cửa tiếp nhận trong 04 giờ làm việc, phòng chuyên môn thẩm định trong 05 ngày làm việc, lãnh đạo Sở xem xét trong 01 ngày, Ủy ban nhân dân tỉnh xem xét, ký văn bản trong 03 ngày và kết quả được trả trong 04 giờ làm việc.',
      'Việc áp dụng hệ thống giúp công chức chủ động theo dõi tiến độ từng hồ sơ, phát hiện sớm nguy cơ chậm hạn và là căn cứ để người dân, doanh nghiệp giám sát việc giải quyết thủ tục. Quyết định công bố và danh sách quy trình được niêm yết tại Bộ phận Một cửa và đăng tại mục Văn bản của Cổng thông tin này.',
    ],
  },
  {
    title: 'Hội nghị xúc tiến đầu tư với các đối tác nước ngoài năm 2026',
    slug: 'hoi-nghi-xuc-tien-dau-tu-2026',
    summary:
      'Hội nghị thu hút hơn 150 doanh nghiệp trong và ngoài nước; Ủy ban nhân dân tỉnh trao quyết định chủ trương đầu tư cho 05 dự án và chứng kiến ký kết 08 biên bản ghi nhớ hợp tác.',
    publishedDate: '2026-04-24',
    category: 'Hợp tác quốc tế',
    author: 'Phòng Hợp tác quốc tế',
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
    category: 'Hoạt động đối ngoại',
    author: 'Văn phòng Sở',
    body: [
      'Trong hai ngày 18 và 19/6/2026, Sở Ngoại vụ tổ chức Hội nghị tập huấn nghiệp vụ công tác đối ngoại năm 2026 cho hơn 200 cán bộ, công chức phụ trách công tác đối ngoại tại các sở, ngành và Ủy ban nhân dân các xã, phường trên địa bàn tỉnh.',
      'Các báo cáo viên của Bộ Ngoại giao và Sở Ngoại vụ đã truyền đạt các chuyên đề: tình hình thế giới, khu vực và chủ trương, chính sách đối ngoại của Đảng, Nhà nước; quản lý thống nhất hoạt động đối ngoại tại địa phương; nghi thức, lễ tân đối ngoại; quy trình tổ chức, quản lý hội nghị, hội thảo quốc tế; ký kết và thực hiện thỏa thuận quốc tế.',
      'Học viên cũng được hướng dẫn về công tác bảo hộ công dân, xử lý các vụ việc có yếu tố nước ngoài phát sinh trên địa bàn, quản lý hoạt động của tổ chức phi chính phủ nước ngoài và việc cung cấp thông tin cho phóng viên nước ngoài.',
      'Phát biểu bế mạc, lãnh đạo Sở Ngoại vụ đề nghị học viên vận dụng kiến thức vào thực tiễn công tác, chủ động báo cáo, xin ý kiến cơ quan chuyên môn khi phát sinh vụ việc có yếu tố nước ngoài, bảo đảm hoạt động đối ngoại ở cơ sở đúng quy định và hiệu quả trong điều kiện tổ chức chính quyền địa phương hai cấp.',
    ],
  },
  {
    title: 'Kết quả giải quyết thủ tục hành chính 6 tháng đầu năm 2026',
    slug: 'ket-qua-giai-quyet-thu-tuc-hanh-chinh-6-thang-dau-nam-2026',
    summary:
      'Sáu tháng đầu năm 2026, Sở Ngoại vụ tiếp nhận 21 hồ sơ, giải quyết đúng hạn 20 hồ sơ; 01 hồ sơ trả kết quả chậm đã được xin lỗi và khắc phục.',
    publishedDate: '2026-07-09',
    category: 'Cải cách hành chính',
    author: 'Văn phòng Sở',
    body: [
      'Theo báo cáo kết quả công tác 6 tháng đầu năm 2026, Sở Ngoại vụ đã tiếp nhận 21 hồ sơ thủ tục hành chính, giải quyết đúng hạn 20 hồ sơ. Các hồ sơ tập trung ở các thủ tục tiếp nhận hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ, cho phép sử dụng thẻ ABTC và cho chủ trương tổ chức hội nghị, hội thảo quốc tế.',
      'Có 01 hồ sơ đề nghị cho chủ trương tổ chức hội thảo quốc tế bị trả kết quả chậm 01 ngày làm việc do chậm ở khâu thẩm định. Sở đã gửi văn bản xin lỗi tổ chức, xác định nguyên nhân và điều chỉnh cách phân công theo dõi hồ sơ theo quy trình kiểm soát đầu ra không phù hợp và hành động khắc phục.',
      'Sở Ngoại vụ tiếp tục đẩy mạnh tiếp nhận hồ sơ trực tuyến, khai thác dữ liệu dùng chung để giảm giấy tờ phải nộp và công khai tiến độ giải quyết từng hồ sơ trên Cổng Dịch vụ công quốc gia.',
      'Báo cáo đầy đủ được đăng tại mục Kế hoạch, báo cáo của Cổng thông tin này.',
    ],
  },
  {
    title: 'Hướng dẫn thủ tục đề nghị cho phép sử dụng thẻ đi lại của doanh nhân APEC (ABTC)',
    slug: 'huong-dan-thu-tuc-cho-phep-su-dung-the-abtc',
    summary:
      'Sở Ngoại vụ hướng dẫn trình tự, hồ sơ đề nghị cho phép sử dụng thẻ ABTC theo Quyết định số 09/2023/QĐ-TTg; hồ sơ được tiếp nhận trực tuyến, thời hạn giải quyết 10 ngày làm việc.',
    publishedDate: '2026-08-06',
    category: 'Cải cách hành chính',
    author: 'Phòng Lãnh sự và Người Việt Nam ở nước ngoài',
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
      'Từ ngày 01/10/2026, 08 thủ tục hành chính lĩnh vực ngoại vụ được tiếp nhận trực tuyến toàn trình; Sở Ngoại vụ duy trì đường dây nóng hướng dẫn thủ tục và tiếp nhận phản ánh, kiến nghị.',
    publishedDate: '2026-09-15',
    category: 'Thông báo',
    author: 'Văn phòng Sở',
    body: [
      'Thực hiện chỉ đạo của Ủy ban nhân dân tỉnh về đẩy mạnh cải cách thủ tục hành chính và chuyển đổi số, Sở Ngoại vụ thông báo việc tiếp nhận, giải quyết thủ tục hành chính và tiếp nhận phản ánh, kiến nghị của người dân, doanh nghiệp như sau.',
      'Kể từ ngày 01/10/2026, 08 thủ tục được tiếp nhận trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia, gồm: cho chủ trương, điều chỉnh chủ trương tổ chức hội nghị, hội thảo quốc tế không thuộc thẩm quyền cho phép của Thủ tướng Chính phủ; báo cáo kết quả tổ chức hội nghị, hội thảo quốc tế; cho phép doanh nhân sử dụng thẻ ABTC; cho phép tiếp tục sử dụng thẻ ABTC khi cấp lại thẻ; tiếp nhận thông báo doanh nhân không còn đủ điều kiện sử dụng thẻ ABTC; đăng ký kế hoạch hoạt động hằng năm của tổ chức phi chính phủ nước ngoài; báo cáo kết quả đón tiếp đoàn khách nước ngoài và kết quả chuyến công tác nước ngoài. Tổ chức, cá nhân không phải nộp lại bản giấy đối với các thành phần hồ sơ đã nộp trực tuyến.',
      'Các thủ tục còn lại, trong đó có tiếp nhận hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ, tiếp tục được tiếp nhận trực tuyến một phần, trực tiếp hoặc qua dịch vụ bưu chính tại Trung tâm Phục vụ hành chính công tỉnh; kết quả được trả trực tiếp hoặc qua dịch vụ bưu chính theo đề nghị.',
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
    category: 'Hợp tác quốc tế',
    author: 'Phòng Hợp tác quốc tế',
    body: [
      'Ngày 21/10/2026, tại trụ sở Ủy ban nhân dân tỉnh, lãnh đạo tỉnh và Đoàn đại biểu cấp cao tỉnh kết nghĩa của nước Cộng hòa Dân chủ Nhân dân Lào đã hội đàm và ký kết Biên bản thỏa thuận hợp tác giai đoạn 2026 - 2030.',
      'Tại hội đàm, hai bên đánh giá cao kết quả thực hiện thỏa thuận hợp tác giai đoạn trước, nhất là trong các lĩnh vực giáo dục - đào tạo, y tế, nông nghiệp và giao lưu văn hóa; nhiều lưu học sinh của tỉnh bạn đã tốt nghiệp tại các cơ sở đào tạo của tỉnh và trở về công tác tại quê hương.',
      'Theo Biên bản thỏa thuận, trong giai đoạn 2026 - 2030, hai tỉnh tập trung hợp tác đào tạo nguồn nhân lực, trong đó tỉnh tiếp nhận đào tạo lưu học sinh theo chỉ tiêu hằng năm; hỗ trợ chuyển giao kỹ thuật trồng trọt, chăn nuôi; thúc đẩy thương mại, đầu tư và phối hợp trao đổi thông tin, phòng, chống dịch bệnh.',
      'Việc ký kết được thực hiện theo quy định của Luật Thỏa thuận quốc tế, sau khi có ý kiến của Bộ Ngoại giao và các cơ quan liên quan. Ủy ban nhân dân tỉnh giao Sở Ngoại vụ làm đầu mối theo dõi, đôn đốc các sở, ngành xây dựng kế hoạch triển khai cụ thể và định kỳ báo cáo kết quả thực hiện.',
    ],
  },
  {
    title: 'Thông báo nộp hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ dịp cuối năm 2026 và Tết Nguyên đán Đinh Mùi 2027',
    slug: 'thong-bao-nop-ho-so-ho-chieu-ngoai-giao-cong-vu-cuoi-nam-2026',
    summary:
      'Để bảo đảm kịp thời cho các chuyến công tác nước ngoài dịp cuối năm, Sở Ngoại vụ đề nghị các cơ quan, đơn vị nộp hồ sơ hộ chiếu ngoại giao, hộ chiếu công vụ sớm, chậm nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh.',
    publishedDate: '2026-11-20',
    category: 'Thông báo',
    author: 'Phòng Lãnh sự và Người Việt Nam ở nước ngoài',
    body: [
      'Dịp cuối năm và trước Tết Nguyên đán Đinh Mùi 2027, số lượng hồ sơ đề nghị cấp, gia hạn hộ chiếu ngoại giao, hộ chiếu công vụ và công hàm xin thị thực thường tăng cao. Sở Ngoại vụ thông báo một số lưu ý để các cơ quan, đơn vị chủ động chuẩn bị.',
      'Thời hạn giải quyết hồ sơ hộ chiếu là 06 ngày làm việc, gồm 01 ngày làm việc tại Sở Ngoại vụ và 05 ngày làm việc tại Cục Lãnh sự, Bộ Ngoại giao, không kể thời gian chuyển hồ sơ qua dịch vụ bưu chính. Các cơ quan, đơn vị nên nộp hồ sơ chậm nhất 10 ngày làm việc trước ngày dự kiến xuất cảnh; trường hợp cần công hàm xin thị thực, nộp đồng thời hai hồ sơ.',
      'Văn bản cử đi nước ngoài phải do người có thẩm quyền hoặc người được ủy quyền ký, có mẫu con dấu, chữ ký đã được giới thiệu với Bộ Ngoại giao. Cơ quan có thay đổi người ký cần làm thủ tục giới thiệu mẫu con dấu, mẫu chữ ký trước khi nộp hồ sơ.',
      'Người đề nghị có thể khai tờ khai trực tuyến trên Cổng Dịch vụ công quốc gia, sau đó nộp ảnh, văn bản cử đi nước ngoài và hộ chiếu cũ (nếu có) tại Bộ phận Một cửa của Sở ở Trung tâm Phục vụ hành chính công tỉnh hoặc qua dịch vụ bưu chính. Lệ phí thực hiện theo quy định hiện hành của Bộ Tài chính.',
      'Mọi vướng mắc đề nghị liên hệ Phòng Lãnh sự và Người Việt Nam ở nước ngoài qua đường dây nóng của Sở trong giờ hành chính.',
    ],
  },
]
