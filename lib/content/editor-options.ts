/** What the article editor offers to choose from; shared by lib/data (which reads it) and the client form (which shows it). */
export type EditorOptions = {
  sections: { id: number; name: string }[];
  authors: { id: number; name: string }[];
  tags: { id: number; name: string }[];
};
