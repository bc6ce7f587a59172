<?php
/**
 * 404 (not found) template.
 *
 * @package Harbor
 */

get_header();
?>

<main id="primary" class="harbor-main harbor-main--wide">
	<section class="harbor-notfound">
		<header class="harbor-page-header">
			<p class="harbor-notfound__code" aria-hidden="true">404</p>
			<h1 class="harbor-page-header__title"><?php esc_html_e( 'That page has drifted away', 'harbor' ); ?></h1>
		</header>

		<div class="harbor-notfound__body">
			<p><?php esc_html_e( 'Nothing was found at this address. Try a search, or have a look at the latest posts below.', 'harbor' ); ?></p>

			<?php get_search_form(); ?>

			<?php
			the_widget(
				'WP_Widget_Recent_Posts',
				array(
					'title'  => __( 'Latest posts', 'harbor' ),
					'number' => 6,
				),
				array(
					'before_widget' => '<section class="harbor-widget widget %s">',
					'after_widget'  => '</section>',
					'before_title'  => '<h2 class="harbor-widget__title">',
					'after_title'   => '</h2>',
				)
			);
			?>

			<p>
				<a class="harbor-button" href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php esc_html_e( 'Back to the front page', 'harbor' ); ?></a>
			</p>
		</div>
	</section>
</main>

<?php
get_footer();
