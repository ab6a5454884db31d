/** The parameters of GOV.UK Frontend's `govukPagination`, or undefined when everything fits on one page. */
export interface Pagination {
  landmarkLabel?: string;
  previous?: { href: string };
  next?: { href: string };
  items: ({ number: number; href: string; current: boolean } | { ellipsis: true })[];
}

/**
 * Links to the pages of a list, as the GOV.UK pattern shows them: previous and next, the first and
 * last page, the current one with its neighbours, and an ellipsis for the pages between, so a long
 * list does not make a long row of links.
 */
export function paginationOf(total: number, page: number, pageSize: number, href: (page: number) => string, landmarkLabel?: string): Pagination | undefined {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (pages <= 1) return undefined;
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((n) => n >= 1 && n <= pages).sort((a, b) => a - b);
  const items: Pagination['items'] = [];
  shown.forEach((n, i) => {
    if (i > 0 && n - shown[i - 1] > 1) items.push({ ellipsis: true });
    items.push({ number: n, href: href(n), current: n === page });
  });
  return {
    landmarkLabel,
    previous: page > 1 ? { href: href(Math.min(page - 1, pages)) } : undefined,
    next: page < pages ? { href: href(page + 1) } : undefined,
    items,
  };
}
