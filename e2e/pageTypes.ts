/** One page of each type the site serves, shared by the specs that check every page type (axe, the HTML checker). */

/** One page of each type, by its Vietnamese path; each is also checked under `/en/`. */
export const pageTypes = [
  { name: 'home', path: '/' },
  { name: 'procedures', path: '/thu-tuc' },
  { name: 'procedures-filtered', path: '/thu-tuc/linh-vuc/lanh-su' },
  { name: 'procedure', path: '/thu-tuc/2.001712' },
  { name: 'documents', path: '/van-ban' },
  { name: 'documents-filtered', path: '/van-ban/hieu-luc/het-hieu-luc-mot-phan/cu-nhat' },
  { name: 'document', path: '/van-ban/49-2019-qh14' },
  { name: 'news', path: '/tin-tuc' },
  { name: 'news-page-2', path: '/tin-tuc/trang/2' },
  { name: 'news-category', path: '/tin-tuc/chuyen-muc/thong-bao' },
  { name: 'article', path: '/tin-tuc/huong-dan-thu-tuc-cho-phep-su-dung-the-abtc' },
  { name: 'agency-page', path: '/gioi-thieu/ke-hoach-bao-cao' },
  { name: 'contact', path: '/lien-he' },
  { name: 'open-data', path: '/du-lieu' },
  { name: 'stats', path: '/thong-ke' },
  { name: 'stats-half-year', path: '/thong-ke/2026-h1' },
  { name: 'iso-processes', path: '/quy-trinh-iso' },
  { name: 'iso-process', path: '/quy-trinh-iso/qt-nv-01' },
  { name: 'search', path: '/tim-kiem?q=ho+chieu' },
  { name: 'search-filtered', path: '/tim-kiem?q=ho+chieu&type=procedure&sort=newest' },
  { name: 'feedback', path: '/gop-y' },
  { name: 'feedback-sent', path: '/gop-y/da-gui' },
  { name: 'feedback-track', path: '/tra-cuu-gop-y' },
  { name: 'questions', path: '/hoi-dap' },
  { name: 'site-map', path: '/so-do-trang' },
]

/** A Vietnamese path in the given language: the same path, or its mirror under `/en`. */
export const localized = (path: string, locale: 'vi' | 'en') => (locale === 'vi' ? path : path === '/' ? '/en' : `/en${path}`)
