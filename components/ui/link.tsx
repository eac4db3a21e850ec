// Every in-app link. Next's <Link> prefetches each link as it scrolls into
// view: on a 360 px phone one load of the national dashboard fired 49
// background requests, on slow paid data and against the server. Here
// prefetching is off unless a caller asks for it; navigation stays client-side,
// fetched on tap (decision 0013).
import NextLink from "next/link";
import type { ComponentProps } from "react";

export default function Link({ prefetch = false, ...props }: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={prefetch} {...props} />;
}
