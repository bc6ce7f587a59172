<?php
/**
 * 404.
 *
 * @package Stjarna
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header(); ?>

	<div id="primary" class="content-area primary">

		<main id="main" class="site-main">

			<section class="error-404 not-found">
				<div class="ast-404-layout-1" >

					<header class="page-header"><h1 class="page-title"><?php echo esc_html( stjarna_default_strings( 'string-404-sub-title', false ) ); ?></h1></header><!-- .page-header -->

					<div class="page-content">

						<div class="page-sub-title">
							<?php echo esc_html( stjarna_default_strings( 'string-404-sub-title-text', false ) ); ?>
						</div>

						<div class="ast-404-search">
							<?php get_search_form(); ?>
						</div>

					</div><!-- .page-content -->
				</div>
			</section><!-- .error-404 -->

		</main><!-- #main -->

	</div><!-- #primary -->

<?php get_sidebar(); ?>

<?php get_footer(); ?>
