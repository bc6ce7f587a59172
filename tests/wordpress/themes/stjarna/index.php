<?php
/**
 * Huvudmall – bloggsidan och reserv för allt annat.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header(); ?>

	<div id="primary" class="content-area primary">

		<?php if ( is_archive() || is_search() ) : ?>
			<?php stjarna_archive_page_info(); ?>
		<?php endif; ?>

		<main id="main" class="site-main">
			<?php if ( have_posts() ) : ?>
				<div class="ast-row">
				<?php
				while ( have_posts() ) :
					the_post();
					get_template_part( 'template-parts/content', 'blog' );
				endwhile;
				?>
				</div>
			<?php else : ?>
				<?php get_template_part( 'template-parts/content', 'none' ); ?>
			<?php endif; ?>
		</main><!-- #main -->

		<?php stjarna_number_pagination(); ?>

	</div><!-- #primary -->

<?php get_sidebar(); ?>

<?php get_footer(); ?>
