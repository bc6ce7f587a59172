<?php
/**
 * Sökresultat.
 *
 * @package Dossier
 */

get_header();

global $wp_query;
?>

<div class="wrap listing-layout">
	<main id="primary" class="site-main site-main--listing">

		<header class="page-header">
			<h1 class="page-title">
				<span class="page-title__prefix"><?php esc_html_e( 'Sökresultat', 'dossier' ); ?></span>
				<?php
				/* translators: %s: sökfrasen */
				printf( esc_html__( 'Du sökte på ”%s”', 'dossier' ), esc_html( get_search_query( false ) ) );
				?>
			</h1>
			<?php if ( have_posts() ) : ?>
				<p class="search-count">
					<?php
					$dossier_found = (int) $wp_query->found_posts;
					/* translators: %s: antal träffar */
					printf( esc_html( _n( '%s träff', '%s träffar', $dossier_found, 'dossier' ) ), esc_html( number_format_i18n( $dossier_found ) ) );
					?>
				</p>
			<?php endif; ?>
		</header>

		<?php
		if ( have_posts() ) :
			while ( have_posts() ) :
				the_post();
				get_template_part( 'template-parts/content', get_post_type() );
			endwhile;

			dossier_pagination();
		else :
			get_template_part( 'template-parts/content', 'none' );
		endif;
		?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
