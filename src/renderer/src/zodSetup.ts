import { z } from 'zod';

// zod speeds up parsing by compiling code with `new Function`, which the page's Content
// Security Policy forbids. This module is imported first, before any schema is used.
z.config({ jitless: true });
