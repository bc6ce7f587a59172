<?php
/**
 * Shown when a query has no posts.
 *
 * @package Harbor
 */

?>
<section class="harbor-empty">
	<h2 class="harbor-empty__title"><?php esc_html_e( 'Nothing here yet', 'harbor' ); ?></h2>

	<div class="harbor-empty__body">
		<?php if ( is_home() && current_user_can( 'publish_posts' ) ) : ?>
			<p>
				<?php
				printf(
					/* translators: %s: link to the new post screen. */
					esc_html__( 'Ready to publish your first post? %s', 'harbor' ),
					'<a href="' . esc_url( admin_url( 'post-new.php' ) ) . '">' . esc_html__( 'Get started here.', 'harbor' ) . '</a>'
				);
				?>
			</p>
		<?php elseif ( is_search() ) : ?>
			<p><?php esc_html_e( 'Sorry, nothing matched your search. Try again with different keywords.', 'harbor' ); ?></p>
			<?php get_search_form(); ?>
		<?php else : ?>
			<p><?php esc_html_e( 'We could not find what you were looking for. Perhaps searching can help.', 'harbor' ); ?></p>
			<?php get_search_form(); ?>
		<?php endif; ?>
	</div>
</section>
