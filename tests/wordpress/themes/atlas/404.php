<?php
/**
 * 404: page not found. The title is printed by the page title bar.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

get_header();
?>
<div id="primary" class="content-area atlas-primary">
	<main id="main" class="site-main atlas-main">
		<section class="error-404 not-found atlas-404">
			<div class="page-content atlas-entry-content">
				<p class="atlas-404-lead"><?php esc_html_e( 'Sidan du letar efter finns inte längre, eller så har den flyttats. Prova att söka eller titta bland de senaste inläggen.', 'atlas' ); ?></p>
				<?php get_search_form(); ?>
				<?php
				the_widget(
					'WP_Widget_Recent_Posts',
					array(
						'title'  => __( 'Senaste inläggen', 'atlas' ),
						'number' => 5,
					),
					array(
						'before_widget' => '<div class="widget atlas-widget %s">',
						'after_widget'  => '</div>',
						'before_title'  => '<h2 class="widget-title atlas-widget-title">',
						'after_title'   => '</h2>',
					)
				);
				?>
				<p><a class="atlas-button" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php atlas_icon( 'home', 16 ); ?><?php esc_html_e( 'Till startsidan', 'atlas' ); ?></a></p>
			</div>
		</section>
	</main><!-- #main -->
</div><!-- #primary -->
<?php
get_footer();
