/** @type {import('tailwindcss').Config} */
module.exports = {
  content: ['./*.php', './app/**/*.php', './resources/**/*.{php,js}'],
  theme: {
    extend: {
      fontFamily: {
        sans: ['Inter var', 'ui-sans-serif', 'system-ui', 'sans-serif'],
      },
    },
  },
  plugins: [require('@tailwindcss/typography'), require('@tailwindcss/forms')],
};
