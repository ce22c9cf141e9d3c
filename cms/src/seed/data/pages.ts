import type { SeedPage } from '../types'

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
    ],
  },
  {
    title: 'Chức năng, nhiệm vụ',
    slug: 'chuc-nang-nhiem-vu',
    section: 'chuc-nang-nhiem-vu',
    parent: 'gioi-thieu',
    order: 2,
    body: [
      'Trình Ủy ban nhân dân tỉnh dự thảo quyết định, chương trình, kế hoạch về công tác đối ngoại và hội nhập quốc tế của tỉnh.',
      'Quản lý hoạt động đoàn ra, đoàn vào; tổ chức hội nghị, hội thảo quốc tế; quản lý hoạt động của các tổ chức phi chính phủ nước ngoài trên địa bàn tỉnh.',
      'Thực hiện công tác lãnh sự, bảo hộ công dân và công tác về người Việt Nam ở nước ngoài theo phân cấp.',
    ],
  },
]
