import { templateCsv } from '@congkhai/contracts/stats'
import type { Endpoint } from 'payload'

/** `GET /api/processing-reports/template`: the CSV import template, as a download. */
export const templateEndpoint: Endpoint = {
  path: '/template',
  method: 'get',
  handler: () =>
    new Response(templateCsv(), {
      headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="mau-thong-ke-giai-quyet-ho-so.csv"' },
    }),
}
