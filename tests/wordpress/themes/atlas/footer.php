<?php
/**
 * The footer: closes the content containers, prints the site footer.
 *
 * @package Atlas
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}
?>
				<?php do_action( 'atlas_content_bottom' ); ?>
			</div><!-- .atlas-row -->
		</div><!-- .atlas-container -->
	</div><!-- #content -->
	<?php do_action( 'atlas_content_after' ); ?>

	<?php do_action( 'atlas_footer_before' ); ?>
	<footer id="colophon" class="site-footer atlas-site-footer" itemscope itemtype="https://schema.org/WPFooter">
		<?php do_action( 'atlas_footer' ); ?>
	</footer><!-- #colophon -->
	<?php do_action( 'atlas_footer_after' ); ?>
</div><!-- #page -->
<?php do_action( 'atlas_body_bottom' ); ?>
<?php wp_footer(); ?>
</body>
</html>
