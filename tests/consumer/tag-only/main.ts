// Nothing imported by name: the import is kept for its side effect (it registers <archipelago-map>), as
// the package's `sideEffects` in package.json declares.
import 'baltic-archipelago';
