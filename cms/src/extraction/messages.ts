/**
 * The Vietnamese reasons shown to editors for each outcome that is not a text, in one place so that they read alike.
 *
 * @remarks Each says what happened and what the editor can do; the English follows for the logs and for admins.
 */
export const REASONS = {
  encrypted: 'Tệp PDF được đặt mật khẩu hoặc mã hóa nên không đọc được nội dung. Hãy tải lên bản không đặt mật khẩu. (Encrypted or password-protected PDF.)',
  corrupt: 'Tệp bị hỏng hoặc không đầy đủ nên không đọc được. Hãy tải lên lại tệp gốc. (Corrupt or truncated file.)',
  tooManyPages: (pages: number, max: number) =>
    `Tệp có ${pages} trang, vượt giới hạn ${max} trang nên không trích xuất văn bản. Hãy tách tệp thành các phần nhỏ hơn. (${pages} pages, over the ${max}-page limit.)`,
  tooLarge: 'Tệp nén bên trong quá lớn khi giải nén (có thể là “bom ZIP”) nên đã dừng đọc. (The file inflates past the size limit: possibly a ZIP bomb.)',
  typeMismatch: (declared: string) =>
    `Nội dung tệp không phải là ${declared} như tên hoặc kiểu tệp khai báo. Hãy kiểm tra lại tệp. (The content is not the declared ${declared}.)`,
  tooMuchText: (characters: number, max: number) =>
    `Văn bản trích xuất dài ${characters.toLocaleString('vi-VN')} ký tự, vượt giới hạn ${max.toLocaleString('vi-VN')} ký tự nên không lưu. Hãy tách tệp thành các phần nhỏ hơn. (${characters} characters, over the ${max} limit.)`,
  unsupported: 'Chỉ trích xuất văn bản từ tệp PDF, DOCX và DOC. (Only PDF, DOCX and DOC files are read.)',
  scanNoText: 'Tệp là bản quét, không có lớp văn bản, và máy chủ chưa cài Tesseract (tiếng Việt) để nhận dạng chữ. (A scan without a text layer; Tesseract with its Vietnamese model is not installed.)',
} as const
