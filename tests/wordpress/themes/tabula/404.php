<?php
/**
 * Sidan finns inte.
 *
 * @package Tabula
 */

get_header();
?>
<main id="innehall">
<h1><?php esc_html_e( 'Sidan finns inte', 'tabula' ); ?></h1>
<p><?php esc_html_e( 'Det finns ingenting på den här adressen. Kanske hjälper en sökning?', 'tabula' ); ?></p>
<?php get_search_form(); ?>
</main>
<?php
get_footer();
