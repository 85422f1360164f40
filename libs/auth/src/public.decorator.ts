import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'litgo:isPublic';

/** Marks a controller or route as reachable without a bearer token (health probes). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
