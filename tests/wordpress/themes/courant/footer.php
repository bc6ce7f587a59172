<?php
/**
 * Sidfot med widgetkolumner och copyrightrad.
 *
 * @package Courant
 */

?>
	</div><!-- #content -->

	<footer id="colophon" class="site-footer">
		<div class="container footer-widgets">
			<?php
			$courant_has_footer_widgets = is_active_sidebar( 'footer-1' ) || is_active_sidebar( 'footer-2' ) || is_active_sidebar( 'footer-3' );
			if ( $courant_has_footer_widgets ) :
				for ( $courant_i = 1; $courant_i <= 3; $courant_i++ ) :
					?>
					<div class="footer-column footer-column-<?php echo (int) $courant_i; ?>">
						<?php dynamic_sidebar( 'footer-' . $courant_i ); ?>
					</div>
					<?php
				endfor;
			else :
				?>
				<div class="footer-column footer-about">
					<p class="footer-site-title"><a href="<?php echo esc_url( home_url( '/' ) ); ?>" rel="home"><?php bloginfo( 'name' ); ?></a></p>
					<?php if ( get_bloginfo( 'description' ) ) : ?>
						<p class="footer-description"><?php bloginfo( 'description' ); ?></p>
					<?php endif; ?>
				</div>
				<div class="footer-column">
					<?php
					the_widget(
						'WP_Widget_Categories',
						array(
							'title' => __( 'Avdelningar', 'courant' ),
							'count' => 0,
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
				<div class="footer-column">
					<section class="widget widget-footer-feed">
						<h2 class="widget-title"><span><?php esc_html_e( 'Följ nyheterna', 'courant' ); ?></span></h2>
						<ul>
							<li><a href="<?php echo esc_url( get_feed_link() ); ?>"><?php esc_html_e( 'RSS-flöde för artiklar', 'courant' ); ?></a></li>
							<li><a href="<?php echo esc_url( get_feed_link( 'comments_rss2' ) ); ?>"><?php esc_html_e( 'RSS-flöde för kommentarer', 'courant' ); ?></a></li>
						</ul>
					</section>
				</div>
				<?php
			endif;
			?>
		</div>

		<div class="footer-bottom">
			<div class="container footer-bottom-inner">
				<p class="copyright">
					&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?>
					<a href="<?php echo esc_url( home_url( '/' ) ); ?>"><?php bloginfo( 'name' ); ?></a>
					<?php the_privacy_policy_link( '<span class="sep" aria-hidden="true">·</span>' ); ?>
				</p>
				<?php
				if ( has_nav_menu( 'footer' ) ) {
					wp_nav_menu(
						array(
							'theme_location'       => 'footer',
							'container'            => 'nav',
							'container_class'      => 'footer-navigation',
							'container_aria_label' => __( 'Sidfotsmeny', 'courant' ),
							'menu_class'           => 'footer-menu',
							'depth'                => 1,
							'fallback_cb'          => false,
						)
					);
				}
				?>
				<a class="back-to-top" href="#page"><?php esc_html_e( 'Till toppen', 'courant' ); ?> <span aria-hidden="true">↑</span></a>
			</div>
		</div>
	</footer>
</div><!-- #page -->

<?php wp_footer(); ?>
</body>
</html>
