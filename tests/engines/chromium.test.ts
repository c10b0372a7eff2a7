import { coreSuite } from './core';

coreSuite('chromium');
