<?php
/**
 * One card of the list layout (Soledad content-list.php).
 *
 * @package solid
 */
?>
<li class="list-post pclist-layout">
	<article id="post-<?php the_ID(); ?>" <?php post_class( 'item hentry' ); ?>>
		<?php if ( has_post_thumbnail() ) : ?>
			<div class="thumbnail">
				<a class="penci-image-holder penci-lazy" data-bgset="<?php echo esc_url( get_the_post_thumbnail_url( get_the_ID(), 'penci-thumb' ) ); ?>" href="<?php the_permalink(); ?>" title="<?php echo esc_attr( wp_strip_all_tags( get_the_title() ) ); ?>">
				</a>
			</div>
		<?php endif; ?>

		<div class="content-list-right content-list-center<?php if ( ! has_post_thumbnail() ) { echo ' fullwidth'; } ?>">
			<div class="header-list-style">
				<span class="cat"><?php solid_category( '' ); ?></span>

				<h2 class="penci-entry-title entry-title grid-title"><a href="<?php the_permalink(); ?>"><?php the_title(); ?></a></h2>
				<?php solid_meta_schema(); ?>
				<div class="grid-post-box-meta">
					<span class="otherl-date-author author-italic author vcard">av <a class="url fn n" href="<?php echo esc_url( get_author_posts_url( get_the_author_meta( 'ID' ) ) ); ?>"><?php echo esc_html( get_the_author() ); ?></a></span>
					<span class="otherl-date"><?php solid_time_link(); ?></span>
					<span class="otherl-comment"><a href="<?php comments_link(); ?> "><?php solid_comments_number(); ?></a></span>
					<span class="otherl-readtime"><?php solid_reading_time(); ?></span>
				</div>
			</div>

			<?php if ( get_the_excerpt() ) : ?>
				<div class="item-content entry-content">
					<?php solid_the_excerpt( 30 ); ?>
				</div>
			<?php endif; ?>

			<div class="penci-readmore-btn penci-btn-make-button penci-btn-align-left">
				<a class="penci-btn-readmore" href="<?php the_permalink(); ?>">Läs mer<i class="penci-faicon fa fa-angle-double-right" ></i></a>
			</div>

			<div class="penci-post-box-meta penci-post-box-grid">
				<div class="penci-post-share-box">
					<?php solid_social_share( true ); ?>
				</div>
			</div>
		</div>
	</article>
</li>
