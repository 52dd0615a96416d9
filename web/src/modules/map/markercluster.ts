// leaflet.markercluster extends the global `L` that leaflet's UMD build sets,
// so leaflet has to load first. simple-import-sort keeps side-effect imports
// in their written order.
import 'leaflet';
import 'leaflet.markercluster';
