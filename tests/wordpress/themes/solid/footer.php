<?php
/**
 * Footer: footer widget area, social row, copyright, back-to-top,
 * Soledad's built-in GDPR cookie bar.
 *
 * @package solid
 */
?>
	<div class="clear-footer"></div>

	<div id="widget-area">
		<div class="container">
			<div class="footer-widget-wrapper">
				<?php if ( is_active_sidebar( 'footer-1' ) ) : ?>
					<?php dynamic_sidebar( 'footer-1' ); ?>
				<?php else : ?>
					<aside id="text-3" class="widget widget_text">
						<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Kontakt</span></h3>
						<div class="textwidget">
							<p>Kundtjänst når du vardagar 8–16 på telefon 010-123 45 00.<br />
							Felanmälan dygnet runt via Mina sidor.</p>
							<p>Besöksadress: Storgatan 1, 111 22 Stockholm</p>
						</div>
					</aside>
				<?php endif; ?>
			</div>
			<div class="footer-widget-wrapper">
				<aside id="penci_latest_news_widget-3" class="widget penci_latest_news_widget">
					<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Redaktionens val</span></h3>
					<?php
					$solid_sticky = get_option( 'sticky_posts' );
					if ( ! empty( $solid_sticky ) ) {
						solid_side_newsfeed( array( 'post__in' => $solid_sticky, 'posts_per_page' => 3 ), 'penci-latestwg-3' );
					} else {
						solid_side_newsfeed( array( 'posts_per_page' => 3, 'offset' => 5 ), 'penci-latestwg-3' );
					}
					?>
				</aside>
			</div>
			<div class="footer-widget-wrapper last">
				<aside id="nav_menu-2" class="widget widget_nav_menu">
					<h3 class="widget-title penci-border-arrow"><span class="inner-arrow">Genvägar</span></h3>
					<div class="menu-genvagar-container">
						<?php solid_menu_fallback( array( 'menu_id' => 'menu-genvagar' ) ); ?>
					</div>
				</aside>
			</div>
		</div>
	</div>

	<footer id="footer-section" class="penci-footer-social-media penci-lazy footer-social-remove-circle" itemscope itemtype="https://schema.org/WPFooter">
		<div class="container">
			<div class="footer-socials-section penci-social-textcolored">
				<ul class="footer-socials">
					<li><a href="https://www.facebook.com/" aria-label="Facebook"  rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-facebook" ></i><span>Facebook</span></a></li>
					<li><a href="https://www.linkedin.com/" aria-label="LinkedIn"  rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-linkedin" ></i><span>LinkedIn</span></a></li>
					<li><a href="https://www.instagram.com/" aria-label="Instagram"  rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-instagram" ></i><span>Instagram</span></a></li>
					<li><a href="<?php echo esc_url( get_bloginfo( 'rss2_url' ) ); ?>" aria-label="RSS"  rel="noreferrer" target="_blank"><i class="penci-faicon fa fa-rss" ></i><span>RSS</span></a></li>
				</ul>
			</div>
			<div class="footer-logo-copyright footer-not-logo">
				<div id="footer-copyright">
					<p>&copy; <?php echo esc_html( wp_date( 'Y' ) ); ?> <?php bloginfo( 'name' ); ?> – Alla rättigheter förbehållna. Org.nr 556000-0000.</p>
				</div>
				<div class="go-to-top-parent"><a href="#" class="go-to-top"><span><i class="penci-faicon fa fa-angle-up" ></i><br>Till toppen</span></a></div>
			</div>
		</div>
	</footer>

</div><!-- End .wrapper-boxed -->

<div class="penci-go-to-top-floating"><i class="penci-faicon fa fa-angle-up" ></i></div>
<a href="#" id="close-sidebar-nav-overlay" aria-label="Stäng"></a>

<div class="penci-wrap-gprd-law penci-wrap-gprd-law-close penci-close-all">
	<div class="penci-gprd-law">
		<p>
			Vi använder cookies för att ge dig en bättre upplevelse på webbplatsen. Genom att fortsätta godkänner du att vi använder cookies.
			<a class="penci-gprd-accept" href="#">Jag godkänner</a>
			<a class="penci-gprd-more" href="<?php echo esc_url( home_url( '/integritetspolicy/' ) ); ?>">Läs mer</a>
		</p>
	</div>
	<div class="penci-gdrd-show">Integritet &amp; cookies</div>
</div>

<?php wp_footer(); ?>
</body>
</html>
