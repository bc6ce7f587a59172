<?php
/**
 * Displays the menus and widgets at the end of the main element.
 * Visually, this output is presented as part of the footer element.
 *
 * When the two footer widget areas have not been filled in the admin, the
 * widgets this blog has always had are printed with the_widget():
 * Footer #1: Sök, Senaste inläggen (with dates), Senaste kommentarer.
 * Footer #2: Nyhetsbrev (MailPoet form), Arkiv, Kategorier, Meta.
 *
 * @package WordPress
 * @subpackage Tjugo
 */

$has_footer_menu = has_nav_menu( 'footer' );
$has_social_menu = has_nav_menu( 'social' );

$has_sidebar_1 = is_active_sidebar( 'sidebar-1' );
$has_sidebar_2 = is_active_sidebar( 'sidebar-2' );

// the_widget() takes a single %s for the widget class name.
$tjugo_widget_args = array(
	'before_title'  => '<h2 class="widget-title subheading heading-size-3">',
	'after_title'   => '</h2>',
	'before_widget' => '<div class="widget %s"><div class="widget-content">',
	'after_widget'  => '</div></div>',
);
?>

	<div class="footer-nav-widgets-wrapper header-footer-group">

		<div class="footer-inner section-inner">

			<?php

			$footer_top_classes = '';

			$footer_top_classes .= $has_footer_menu ? ' has-footer-menu' : '';
			$footer_top_classes .= $has_social_menu ? ' has-social-menu' : '';

			if ( $has_footer_menu || $has_social_menu ) {
				?>
				<div class="footer-top<?php echo $footer_top_classes; // phpcs:ignore ?>">
					<?php if ( $has_footer_menu ) { ?>

						<nav aria-label="Sidfot" class="footer-menu-wrapper">

							<ul class="footer-menu reset-list-style">
								<?php
								wp_nav_menu(
									array(
										'container'      => '',
										'depth'          => 1,
										'items_wrap'     => '%3$s',
										'theme_location' => 'footer',
									)
								);
								?>
							</ul>

						</nav><!-- .site-nav -->

					<?php } ?>
					<?php if ( $has_social_menu ) { ?>

						<nav aria-label="Sociala länkar" class="footer-social-wrapper">

							<ul class="social-menu footer-social reset-list-style social-icons fill-children-current-color">

								<?php
								wp_nav_menu(
									array(
										'theme_location'  => 'social',
										'container'       => '',
										'container_class' => '',
										'items_wrap'      => '%3$s',
										'menu_id'         => '',
										'menu_class'      => '',
										'depth'           => 1,
										'link_before'     => '<span class="screen-reader-text">',
										'link_after'      => '</span>',
										'fallback_cb'     => '',
									)
								);
								?>

							</ul><!-- .footer-social -->

						</nav><!-- .footer-social-wrapper -->

					<?php } ?>
				</div><!-- .footer-top -->

			<?php } ?>

			<aside class="footer-widgets-outer-wrapper" role="complementary">

				<div class="footer-widgets-wrapper">

					<div class="footer-widgets column-one grid-item">
						<?php
						if ( $has_sidebar_1 ) {
							dynamic_sidebar( 'sidebar-1' );
						} else {
							the_widget( 'WP_Widget_Search', array( 'title' => 'Sök' ), $tjugo_widget_args );
							the_widget(
								'WP_Widget_Recent_Posts',
								array(
									'title'     => 'Senaste inläggen',
									'number'    => 5,
									'show_date' => true,
								),
								$tjugo_widget_args
							);
							the_widget(
								'WP_Widget_Recent_Comments',
								array(
									'title'  => 'Senaste kommentarer',
									'number' => 5,
								),
								$tjugo_widget_args
							);
						}
						?>
					</div>

					<div class="footer-widgets column-two grid-item">
						<?php
						if ( $has_sidebar_2 ) {
							dynamic_sidebar( 'sidebar-2' );
						} else {
							printf( $tjugo_widget_args['before_widget'], 'widget_mailpoet_form' ); // phpcs:ignore
							echo $tjugo_widget_args['before_title'] . 'Prenumerera på nyhetsbrevet' . $tjugo_widget_args['after_title']; // phpcs:ignore
							tjugo_newsletter_form();
							echo $tjugo_widget_args['after_widget']; // phpcs:ignore

							the_widget(
								'WP_Widget_Archives',
								array(
									'title'    => 'Arkiv',
									'count'    => 0,
									'dropdown' => 0,
								),
								$tjugo_widget_args
							);
							the_widget(
								'WP_Widget_Categories',
								array(
									'title'        => 'Kategorier',
									'count'        => 1,
									'hierarchical' => 1,
									'dropdown'     => 0,
								),
								$tjugo_widget_args
							);
							the_widget( 'WP_Widget_Meta', array( 'title' => 'Meta' ), $tjugo_widget_args );
						}
						?>
					</div>

				</div><!-- .footer-widgets-wrapper -->

			</aside><!-- .footer-widgets-outer-wrapper -->

		</div><!-- .footer-inner -->

	</div><!-- .footer-nav-widgets-wrapper -->
