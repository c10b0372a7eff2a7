import { coreSuite } from './core';

coreSuite('webkit');
