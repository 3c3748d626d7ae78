/** Drains an SDK paginator into one array of the items each page carries. */
export async function allItems<Page, Item>(
  pages: AsyncIterable<Page>,
  itemsOf: (page: Page) => Item[] | undefined
): Promise<Item[]> {
  const items: Item[] = []
  for await (const page of pages) items.push(...(itemsOf(page) ?? []))
  return items
}
