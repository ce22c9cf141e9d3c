/** Demo procedures of the Sở Ngoại vụ: delegations, international conferences and seminars, foreign information. procedures.ts says how they were chosen. */
import type { SeedProcedure } from '../types'
import { CONG_BO, nopTrucTuyen } from './nationalPortal'

export const exchangeProcedures: SeedProcedure[] = [
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
