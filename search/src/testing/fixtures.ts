import type { SearchDocument } from '../SearchEngine'

/** Monthly citizen-reception notices, enough of them to need more than one page. */
const notices: SearchDocument[] = Array.from({ length: 12 }, (_, i) => {
  const month = i + 1
  return {
    id: `news:vi:${100 + month}`,
    type: 'news',
    locale: 'vi',
    title: `Thông báo lịch tiếp công dân tháng ${month}/2024`,
    summary: `Lịch tiếp công dân định kỳ của lãnh đạo UBND tỉnh trong tháng ${month} năm 2024.`,
    url: `/tin-tuc/lich-tiep-cong-dan-thang-${month}-2024`,
    date: `2024-${String(month).padStart(2, '0')}-01`,
  }
})

/**
 * Small hand-written index records shared by the engine tests.
 *
 * @remarks Real-looking titles and numbers so the tests read like what a citizen would type.
 */
export const fixtures: SearchDocument[] = [
  {
    id: 'procedure:vi:1',
    type: 'procedure',
    locale: 'vi',
    title: 'Cấp hộ chiếu công vụ',
    number: '1.001108',
    summary: 'Thủ tục cấp hộ chiếu công vụ cho cán bộ, công chức được cử đi công tác nước ngoài.',
    body: 'Hồ sơ gồm tờ khai đề nghị cấp hộ chiếu, quyết định cử đi công tác và hai ảnh chân dung.',
    url: '/thu-tuc/cap-ho-chieu-cong-vu',
    date: '2024-03-01',
    facets: { field: 'Ngoại vụ', level: ['Tỉnh', 'Huyện'] },
  },
  {
    id: 'procedure:vi:2',
    type: 'procedure',
    locale: 'vi',
    title: 'Đăng ký thường trú',
    number: '1.004194',
    summary: 'Công dân đăng ký thường trú tại Công an cấp xã nơi có chỗ ở hợp pháp.',
    url: '/thu-tuc/dang-ky-thuong-tru',
    date: '2023-07-01',
    facets: { field: 'Đăng ký, quản lý cư trú', level: 'Xã' },
  },
  {
    id: 'legal-document:vi:15',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định ban hành Quy chế quản lý hộ chiếu ngoại giao, hộ chiếu công vụ',
    number: '15/2020/QĐ-UBND',
    summary: 'Quy chế quản lý việc cấp, sử dụng hộ chiếu ngoại giao, hộ chiếu công vụ trên địa bàn tỉnh.',
    url: '/van-ban/15-2020-qd-ubnd',
    date: '2020-06-12',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Còn hiệu lực', year: 2020 },
  },
  {
    id: 'legal-document:vi:16',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định sửa đổi, bổ sung một số điều của Quy chế quản lý hộ chiếu',
    number: '16/2021/QĐ-UBND',
    summary: 'Sửa đổi, bổ sung Quyết định số 15/2020/QĐ-UBND của Ủy ban nhân dân tỉnh.',
    url: '/van-ban/16-2021-qd-ubnd',
    date: '2021-09-20',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Còn hiệu lực', year: 2021 },
  },
  {
    id: 'legal-document:vi:30',
    type: 'legal-document',
    locale: 'vi',
    title: 'Nghị định quy định về việc xét cho phép sử dụng thẻ đi lại của doanh nhân APEC',
    number: '59/2019/NĐ-CP',
    url: '/van-ban/59-2019-nd-cp',
    date: '2019-07-01',
    facets: { documentType: 'Nghị định', issuer: 'Chính phủ', year: 2019 },
  },
  {
    id: 'news:vi:7',
    type: 'news',
    locale: 'vi',
    title: 'Cảnh báo trang web giả mạo cổng dịch vụ công',
    summary: 'Trang giả mạo chèn mã <script>alert("xss")</script> để đánh cắp thông tin đăng nhập.',
    url: '/tin-tuc/canh-bao-trang-web-gia-mao',
    date: '2024-11-05',
  },
  {
    id: 'procedure:en:1',
    type: 'procedure',
    locale: 'en',
    title: 'Issuance of official passports',
    number: '1.001108',
    summary: 'Official passports for civil servants sent on business trips abroad.',
    url: '/en/procedures/official-passports',
    date: '2024-03-01',
  },
  {
    id: 'news:vi:301',
    type: 'news',
    locale: 'vi',
    title: 'Xúc tiến đầu tư Việt Nam',
    summary: 'Hội nghị giới thiệu môi trường đầu tư.',
    url: '/tin-tuc/xuc-tien-dau-tu-viet-nam',
    date: '2023-05-10',
  },
  {
    id: 'news:vi:302',
    type: 'news',
    locale: 'vi',
    title: 'Sở Ngoại vụ tổng kết công tác đối ngoại trong năm',
    summary: 'Hội nghị tổng kết, đánh giá kết quả và đề ra phương hướng công tác.',
    body: 'Công tác hoà giải, lễ tân và quản lý đoàn ra, đoàn vào được thực hiện đúng quy định.',
    url: '/tin-tuc/tong-ket-cong-tac-doi-ngoai',
    date: '2023-12-20',
  },
  ...notices,
]

/**
 * A provincial decision on the passport fee and the one that replaced it, worded alike; the old one, listed first and
 * with the shorter title, would come first on the words alone.
 */
export const feeDecisions: SearchDocument[] = [
  {
    id: 'legal-document:vi:40',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu, giấy thông hành',
    number: '08/2019/QĐ-UBND',
    summary: 'Mức thu lệ phí cấp hộ chiếu, giấy thông hành tại Công an tỉnh.',
    url: '/van-ban/08-2019-qd-ubnd',
    date: '2019-03-01',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Hết hiệu lực toàn bộ', year: 2019 },
    inForce: false,
  },
  {
    id: 'legal-document:vi:41',
    type: 'legal-document',
    locale: 'vi',
    title: 'Quyết định quy định mức thu lệ phí cấp hộ chiếu, giấy thông hành trên địa bàn tỉnh',
    number: '12/2024/QĐ-UBND',
    summary: 'Mức thu lệ phí cấp hộ chiếu, giấy thông hành; thay thế Quyết định số 08/2019/QĐ-UBND.',
    url: '/van-ban/12-2024-qd-ubnd',
    date: '2024-05-02',
    facets: { documentType: 'Quyết định', issuer: 'UBND tỉnh', status: 'Còn hiệu lực', year: 2024 },
    inForce: true,
  },
]
