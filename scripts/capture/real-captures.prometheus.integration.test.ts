import { realCaptureSuite } from './real-captures-suite';

realCaptureSuite('prometheus');
