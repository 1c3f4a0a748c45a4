import { listRoute } from "@/app/_routes/list-routes";

const route = listRoute("section");

export function generateStaticParams() {
  return [];
}

export const generateMetadata = route.generateMetadata;
export default route.Page;
