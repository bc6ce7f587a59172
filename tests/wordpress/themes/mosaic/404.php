<?php
/**
 * Sidan kunde inte hittas.
 *
 * @package Mosaic
 */

get_header();
?>

<main id="ms-main" class="ms-main">
	<section class="ms-lost">
		<p class="ms-lost__code">404</p>
		<h1 class="ms-headline"><?php esc_html_e( 'Sidan finns inte', 'mosaic' ); ?></h1>
		<p><?php esc_html_e( 'Sidan du letade efter har flyttats, tagits bort eller aldrig funnits. Prova att söka i stället.', 'mosaic' ); ?></p>
		<?php get_search_form(); ?>
		<p><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( '&larr; Till startsidan', 'mosaic' ); ?></a></p>
	</section>
</main>

<?php
get_sidebar();
get_footer();
