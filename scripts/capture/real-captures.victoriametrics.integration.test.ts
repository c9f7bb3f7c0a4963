import { realCaptureSuite } from './real-captures-suite';

realCaptureSuite('victoriametrics');
