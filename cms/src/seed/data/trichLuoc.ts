/** The first paragraph of every national document's body: what the demo text is, and where the official one is. */
export const TRICH_LUOC =
  'Nội dung dưới đây là bản trích lược, diễn giải một số quy định chủ yếu để tiện tra cứu. Văn bản có giá trị pháp lý là bản chính thức được đăng Công báo và Cơ sở dữ liệu quốc gia về văn bản pháp luật.'
