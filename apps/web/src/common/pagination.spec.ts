import { paginationOf } from './pagination';

const href = (n: number) => `/list?page=${n}`;

describe('paginationOf', () => {
  it('is undefined when everything fits on one page', () => {
    expect(paginationOf(0, 1, 20, href)).toBeUndefined();
    expect(paginationOf(20, 1, 20, href)).toBeUndefined();
  });

  it('links every page of a short list, with next but no previous on the first', () => {
    const p = paginationOf(45, 1, 20, href)!;
    expect(p.previous).toBeUndefined();
    expect(p.next).toEqual({ href: '/list?page=2' });
    expect(p.items).toEqual([
      { number: 1, href: '/list?page=1', current: true },
      { number: 2, href: '/list?page=2', current: false },
      { number: 3, href: '/list?page=3', current: false },
    ]);
  });

  it('shows the first, the last and the current page with its neighbours, ellipses between', () => {
    const p = paginationOf(340, 9, 20, href)!; // 17 pages
    expect(p.items.map((i) => ('ellipsis' in i ? '…' : i.current ? `[${i.number}]` : String(i.number)))).toEqual(['1', '…', '8', '[9]', '10', '…', '17']);
    expect(p.previous).toEqual({ href: '/list?page=8' });
    expect(p.next).toEqual({ href: '/list?page=10' });
  });

  it('has no next link on the last page and no ellipsis where no page is skipped', () => {
    const p = paginationOf(60, 3, 20, href)!;
    expect(p.next).toBeUndefined();
    expect(p.items.map((i) => ('ellipsis' in i ? '…' : i.number))).toEqual([1, 2, 3]);
  });
});
