import { listRoute } from "@/app/_routes/list-routes";

const route = listRoute("author");

export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
