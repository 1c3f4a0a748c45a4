import { ShowPage, showMetadata } from "@/components/podcast/show-page";

export function generateStaticParams() {
  return [];
}

export const generateMetadata = showMetadata;
export default ShowPage;
