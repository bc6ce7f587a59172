<?php
/**
 * Sidan finns inte (404).
 *
 * @package Courant
 */

get_header();
?>

<div class="container layout layout-full">
	<main id="main" class="site-main">
		<section class="error-404 not-found">
			<header class="page-header">
				<p class="error-code" aria-hidden="true">404</p>
				<h1 class="page-title"><?php esc_html_e( 'Sidan kunde inte hittas', 'courant' ); ?></h1>
			</header>
			<div class="page-content">
				<p><?php esc_html_e( 'Artikeln kan ha flyttats eller tagits bort. Sök efter den eller läs de senaste nyheterna nedan.', 'courant' ); ?></p>
				<?php get_search_form(); ?>

				<?php
				the_widget(
					'WP_Widget_Recent_Posts',
					array(
						'title'     => __( 'Senaste nyheterna', 'courant' ),
						'number'    => 6,
						'show_date' => true,
					),
					array(
						'before_widget' => '<section class="widget %s">',
						'after_widget'  => '</section>',
						'before_title'  => '<h2 class="widget-title"><span>',
						'after_title'   => '</span></h2>',
					)
				);
				?>
			</div>
		</section>
	</main>
</div>

<?php
get_footer();
