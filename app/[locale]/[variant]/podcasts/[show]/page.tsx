import { ShowPage, showMetadata } from "@/app/_routes/show-page";

export function generateStaticParams() {
  return [];
}

export const generateMetadata = showMetadata;
export default ShowPage;
