import { coreSuite } from './core';

coreSuite('firefox');
