<?php
/**
 * Sökresultat.
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout">
	<main id="main" class="site-main">

		<header class="page-header search-header">
			<h1 class="page-title section-title">
				<span>
				<?php
				/* translators: %s: sökord. */
				printf( esc_html__( 'Sökresultat för ”%s”', 'courant' ), esc_html( get_search_query() ) );
				?>
				</span>
			</h1>
			<?php if ( have_posts() ) : ?>
				<p class="search-count">
					<?php
					$courant_found = (int) $wp_query->found_posts;
					/* translators: %s: antal träffar. */
					printf( esc_html( _n( '%s träff', '%s träffar', $courant_found, 'courant' ) ), esc_html( number_format_i18n( $courant_found ) ) );
					?>
				</p>
			<?php endif; ?>
		</header>

		<?php if ( have_posts() ) : ?>

			<div class="post-grid post-list">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'template-parts/content', null, array( 'lead' => false ) );
				endwhile;
				?>
			</div>

			<?php get_template_part( 'template-parts/pagination' ); ?>

		<?php else : ?>

			<?php get_template_part( 'template-parts/content', 'none' ); ?>

		<?php endif; ?>

	</main>

	<?php get_sidebar(); ?>
</div>

<?php
get_footer();
