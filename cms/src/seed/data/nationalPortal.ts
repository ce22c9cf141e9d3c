/** The provincial decision that published every seeded procedure (its text lists them). */
export const CONG_BO = '742/QĐ-UBND'

/** The national public-service portal's page for applying online to a procedure. */
export const nopTrucTuyen = (code: string) => `https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=${code}`
