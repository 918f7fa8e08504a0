/**
 * Approximate centres (the main town) of the wellbeing areas by code, for drawing coverage on the map.
 * The reference data in the database has no coordinates; these are only for the dashboard's overview.
 */
export const WELLBEING_AREA_CENTRES: Record<string, [number, number]> = {
  '01': [60.39, 25.66], // Porvoo
  '02': [60.47, 25.09], // Järvenpää
  '03': [60.21, 24.66], // Espoo
  '04': [60.29, 25.04], // Vantaa
  '05': [60.45, 22.27], // Turku
  '06': [61.48, 21.8], // Pori
  '07': [61.0, 24.46], // Hämeenlinna
  '08': [61.5, 23.76], // Tampere
  '09': [60.98, 25.66], // Lahti
  '10': [60.87, 26.7], // Kouvola
  '11': [61.06, 28.19], // Lappeenranta
  '12': [61.69, 27.27], // Mikkeli
  '13': [62.89, 27.68], // Kuopio
  '14': [62.6, 29.76], // Joensuu
  '15': [62.24, 25.75], // Jyväskylä
  '16': [62.79, 22.84], // Seinäjoki
  '17': [63.1, 21.62], // Vaasa
  '18': [63.84, 23.13], // Kokkola
  '19': [65.01, 25.47], // Oulu
  '20': [64.23, 27.73], // Kajaani
  '21': [66.5, 25.73], // Rovaniemi
  '90': [60.17, 24.94], // Helsinki
  '91': [60.1, 19.94], // Mariehamn
};
