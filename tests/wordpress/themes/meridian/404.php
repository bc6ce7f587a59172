<?php
/**
 * 404 template.
 *
 * @package Meridian
 */

get_header();
?>

<main id="mrd-content" class="mrd-content" itemprop="mainContentOfPage">
	<section class="mrd-not-found">
		<header class="mrd-archive-header">
			<h1 class="mrd-archive-header__title"><?php esc_html_e( 'Sidan kunde inte hittas', 'meridian' ); ?></h1>
		</header>
		<p><?php esc_html_e( 'Det verkar som att ingenting finns på den här adressen. Prova att söka, eller gå tillbaka till startsidan.', 'meridian' ); ?></p>
		<?php get_search_form(); ?>
		<p><a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( '&larr; Till startsidan', 'meridian' ); ?></a></p>
	</section>
</main>

<?php
get_sidebar();
get_footer();
